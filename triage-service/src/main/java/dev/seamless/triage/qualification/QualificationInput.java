package dev.seamless.triage.qualification;

import dev.seamless.events.types.Activity;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.Segment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * What qualification looks at in a triage request.
 *
 * @param engagementTime when the engagement takes place (the requested event time, else the submission time): its
 *            day decides the fiscal year that post-sales limits count in
 * @param zone the time zone that day is read in: the request's, else the company's
 * @param provided the meeting information the form carries
 * @param currency of the form's {@code amount} and {@code iacv}; absent means USD
 * @param crm the opportunity's figures as the CRM last described them, or null when it did not: they win over the
 *            form's
 * @param topics the expertise topics the form names, lower case
 */
public record QualificationInput(Segment segment, OrderType orderType, BigDecimal amount, BigDecimal iacv,
        Activity activity, boolean synchronous, boolean postSales, Integer durationMinutes,
        OffsetDateTime engagementTime, ZoneId zone, Set<RequestInformation> provided, String currency,
        CrmFigures crm, Set<String> topics) {

    public QualificationInput {
        topics = Set.copyOf(topics);
    }

    public LocalDate engagementDay() {
        return engagementTime.atZoneSameInstant(zone).toLocalDate();
    }
}
