package dev.seamless.handoff.trigger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.envelope.EventJson;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.Tier;
import dev.seamless.handoff.account.Account;
import dev.seamless.handoff.assignment.HandoffPeople;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The inputs the opportunity rules record with their decisions, so the API can show what decided, and so a decision
 * made before the account was known can be made again from them.
 */
public final class DecisionInputs {

    private DecisionInputs() {
    }

    static Map<String, Object> of(OpportunityStageChanged event, CsmQualification qualification) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("opportunityId", event.opportunityId());
        inputs.put("opportunityName", event.name());
        inputs.put("orderType", event.orderType());
        inputs.put("fromStage", event.fromStage());
        inputs.put("toStage", event.toStage());
        inputs.put("saId", event.saId());
        inputs.put("amount", event.amount());
        inputs.put("iacv", event.iacv());
        inputs.put("dealTier", event.tier());
        inputs.put("minTier", qualification.minTier());
        inputs.put("minArr", qualification.minArr());
        return inputs;
    }

    static void addAccount(Map<String, Object> inputs, Account account) {
        inputs.put("tier", account.tier);
        inputs.put("arr", money(account.arr));
        inputs.put("csmId", account.csmId);
    }

    /**
     * An amount without trailing zeros, so that a decision reads the same whether the account was just projected from
     * its event (ARR 0) or read back from the database (ARR 0.00).
     */
    static BigDecimal money(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * The stage change an opportunity decision was made on, as its recorded inputs (JSON) describe it, with the
     * handoff's SA (its outgoing person) and AE as they are now. Empty for inputs that do not describe the deal
     * (recorded by an earlier version, without its amount).
     */
    public static Optional<OpportunityStageChanged> recordedStageChange(String accountId, String inputsJson,
            HandoffPeople people) {
        JsonNode inputs = parse(inputsJson);
        if (!inputs.hasNonNull("amount") || !inputs.hasNonNull("orderType")) {
            return Optional.empty();
        }
        return Optional.of(new OpportunityStageChanged(text(inputs, "opportunityId"), accountId,
                text(inputs, "opportunityName"), OrderType.valueOf(text(inputs, "orderType")),
                text(inputs, "fromStage"), text(inputs, "toStage"), decimal(inputs, "amount"), decimal(inputs, "iacv"),
                null, people.ae(), people.outgoing(), null, null,
                inputs.hasNonNull("dealTier") ? Tier.valueOf(text(inputs, "dealTier")) : null));
    }

    private static JsonNode parse(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode inputs, String field) {
        return inputs.hasNonNull(field) ? inputs.get(field).asText() : null;
    }

    private static BigDecimal decimal(JsonNode inputs, String field) {
        return inputs.hasNonNull(field) ? inputs.get(field).decimalValue() : null;
    }
}
