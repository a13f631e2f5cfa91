package dev.seamless.events.handoff;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.types.PostSalesMoment;
import dev.seamless.events.types.PostSalesPath;
import dev.seamless.events.validation.Required;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * handoff-service decided how a customer is taken on after the sale: {@code path} CSM (introduce a CSM) or
 * DIGITAL_ONBOARDING, at {@code moment} PRE_CLOSE or CLOSED_WON, and started handoff {@code handoffId} for it. The
 * decision is handoff-service's alone; other services react to it and never weigh the account themselves.
 * {@code provisional} is set when the account was not known from crm.accounts yet: a final decision follows once it
 * is, naming this one in {@code supersedesDecisionId}, so nothing should be sent to the customer on a provisional one.
 * {@code rule} and {@code reason} say what decided, {@code inputs} what the rule weighed (tier, ARR, the deal's value,
 * the threshold).
 */
public record PostSalesPathDecided(
        @Required String decisionId,
        @Required String accountId,
        String opportunityId,
        @Required String handoffId,
        @Required PostSalesMoment moment,
        @Required PostSalesPath path,
        boolean provisional,
        String supersedesDecisionId,
        @Required String aeId,
        String saId,
        String csmId,
        @Required String rule,
        @Required String reason,
        Map<String, String> inputs) implements SeamlessEvent {

    public PostSalesPathDecided {
        inputs = inputs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    @Override
    public String partitionKey() {
        return accountId;
    }
}
