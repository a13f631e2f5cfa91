package dev.seamless.events.crm;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.types.Activity;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.Segment;
import dev.seamless.events.types.Tier;
import dev.seamless.events.validation.Defaults;
import dev.seamless.events.validation.Money;
import dev.seamless.events.validation.NonNegative;
import dev.seamless.events.validation.Required;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The CRM's "request an SA" form was submitted. {@code requestId} is the sender's id and makes the request
 * idempotent. Objectives, agenda and attendees may be missing: the request then waits on the AE.
 */
public record TriageRequestSubmitted(
        @Required String requestId,
        @Required String accountId,
        @Required String accountName,
        String opportunityId,
        @Required Segment segment,
        @Required OrderType orderType,
        @Required Tier tier,
        @Required @NonNegative @Money BigDecimal amount,
        @NonNegative @Money BigDecimal iacv,
        @Required String requesterId,
        @Required Activity activity,
        @Required Boolean synchronous,
        @Required Boolean postSales,
        @NonNegative Integer durationMinutes,
        OffsetDateTime requestedFor,
        List<OffsetDateTime> preferredDates,
        String timezone,
        String desiredOutcome,
        String objectives,
        String agenda,
        List<String> attendees,
        String challenges,
        String infrastructure,
        String saTasks,
        List<String> expertise,
        String compellingEvent,
        Boolean servicesInvolved) implements SeamlessEvent {

    public TriageRequestSubmitted {
        preferredDates = Defaults.listOrEmpty(preferredDates);
        attendees = Defaults.listOrEmpty(attendees);
        expertise = Defaults.listOrEmpty(expertise);
    }

    @Override
    public String partitionKey() {
        return accountId;
    }
}
