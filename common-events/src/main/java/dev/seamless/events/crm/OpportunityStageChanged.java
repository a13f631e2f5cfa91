package dev.seamless.events.crm;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.Tier;
import dev.seamless.events.validation.Money;
import dev.seamless.events.validation.NonNegative;
import dev.seamless.events.validation.Required;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An opportunity moved to another stage. Stage names are the CRM's own (e.g. {@code 5-Negotiating},
 * {@code Closed Won}); each service maps them to its canonical stages in configuration. {@code fromStage} is absent
 * for a new opportunity. {@code tier} is the subscription tier the deal buys, when the CRM knows it: a first order
 * of a FREE trial that buys PREMIUM is a PREMIUM customer from this deal on, whatever crm.accounts still says.
 */
public record OpportunityStageChanged(
        @Required String opportunityId,
        @Required String accountId,
        @Required String name,
        @Required OrderType orderType,
        String fromStage,
        @Required String toStage,
        @Required @NonNegative @Money BigDecimal amount,
        @NonNegative @Money BigDecimal iacv,
        LocalDate closeDate,
        @Required String aeId,
        String saId,
        Boolean povActive,
        String currency,
        Tier tier) implements SeamlessEvent {

    @Override
    public String partitionKey() {
        return accountId;
    }
}
