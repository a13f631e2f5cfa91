package dev.seamless.events.crm;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.types.Segment;
import dev.seamless.events.types.Tier;
import dev.seamless.events.validation.Money;
import dev.seamless.events.validation.NonNegative;
import dev.seamless.events.validation.Required;
import java.math.BigDecimal;

/**
 * The CRM saved an account: its full current state (not a delta). Money in whole units of {@code currency} (USD when
 * absent). {@code contactName}/{@code contactEmail} name the customer's primary contact, who receives onboarding mail.
 */
public record AccountUpdated(
        @Required String accountId,
        @Required String name,
        @Required Segment segment,
        @Required Tier tier,
        @Required @NonNegative @Money BigDecimal arr,
        @Required @NonNegative @Money BigDecimal iacv,
        @NonNegative Integer employees,
        String region,
        @Required String aeId,
        String saId,
        String csmId,
        String currency,
        String contactName,
        String contactEmail) implements SeamlessEvent {

    @Override
    public String partitionKey() {
        return accountId;
    }
}
