package dev.seamless.triage.board;

import dev.seamless.events.types.Segment;
import dev.seamless.events.types.Tier;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * What a request's labels depend on.
 *
 * @param eventTime the requested event time, else the earliest preferred date, if any (EXPEDITE)
 * @param engagementTime the requested event time, else the submission time (the fiscal-quarter label)
 * @param zone the time zone the engagement's day is read in: the request's, else the company's
 * @param openActionItems whether the SA has open action items on it
 * @param segment and {@code tier} of the account: higher tiers of some segments get preference
 */
public record LabelFacts(RequestStatus status, OffsetDateTime eventTime, OffsetDateTime engagementTime,
        ZoneId zone, boolean servicesInvolved, boolean openActionItems, Segment segment, Tier tier) {
}
