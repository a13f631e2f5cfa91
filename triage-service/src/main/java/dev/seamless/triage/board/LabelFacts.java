package dev.seamless.triage.board;

import java.time.OffsetDateTime;

/**
 * What a request's labels depend on.
 *
 * @param requestedFor the requested event time, if any (EXPEDITE)
 * @param engagementTime the requested event time, else the submission time (the fiscal-quarter label)
 * @param openActionItems whether the SA has open action items on it
 */
public record LabelFacts(RequestStatus status, OffsetDateTime requestedFor, OffsetDateTime engagementTime,
        boolean servicesInvolved, boolean openActionItems) {
}
