package dev.seamless.handoff.trigger;

import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.handoff.account.Account;
import java.util.LinkedHashMap;
import java.util.Map;

/** The inputs the opportunity rules record with their decisions, so the API can show what decided. */
final class DecisionInputs {

    private DecisionInputs() {
    }

    static Map<String, Object> of(OpportunityStageChanged event, CsmQualification qualification) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("opportunityId", event.opportunityId());
        inputs.put("orderType", event.orderType());
        inputs.put("fromStage", event.fromStage());
        inputs.put("toStage", event.toStage());
        inputs.put("minTier", qualification.minTier());
        inputs.put("minArr", qualification.minArr());
        return inputs;
    }

    static void addAccount(Map<String, Object> inputs, Account account) {
        inputs.put("tier", account.tier);
        inputs.put("arr", account.arr);
        inputs.put("csmId", account.csmId);
    }
}
