package dev.seamless.handoff.handoff;

import dev.seamless.events.types.Reason;
import dev.seamless.handoff.assignment.HandoffPeople;
import dev.seamless.handoff.trigger.HandoffPlan;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code POST /api/handoffs}: start a checklist by hand. People left out are taken from the account team where the
 * template allows it (see {@link HandoffPeople}); {@code reason} says why it was started by hand.
 */
public record StartHandoffRequest(String accountId, String handoffType, String opportunityId, String fromPersonId,
        String toPersonId, String aeId, String reason) {

    private static final int MAX_ID = 64;
    private static final int MAX_REASON = 2000;

    /** Every problem of the request, by field. */
    Map<String, String> problems(Set<String> knownTypes, Predicate<String> accountKnown) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(accountId)) {
            problems.put("accountId", "is required");
        } else if (accountId.length() > MAX_ID) {
            problems.put("accountId", "must be at most " + MAX_ID + " characters");
        } else if (!accountKnown.test(accountId)) {
            problems.put("accountId", "no account " + accountId + " is known from crm.accounts");
        }
        if (blank(handoffType)) {
            problems.put("handoffType", "is required, one of " + knownTypes);
        } else if (!knownTypes.contains(handoffType)) {
            problems.put("handoffType", "must be one of " + knownTypes);
        }
        limitLength(problems, "opportunityId", opportunityId);
        limitLength(problems, "fromPersonId", fromPersonId);
        limitLength(problems, "toPersonId", toPersonId);
        limitLength(problems, "aeId", aeId);
        if (fromPersonId != null && fromPersonId.equals(toPersonId)) {
            problems.put("toPersonId", "must differ from fromPersonId: nobody hands over to themselves");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            problems.put("reason", "must be at most " + MAX_REASON + " characters");
        }
        return problems;
    }

    HandoffPlan plan(String startedBy) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("startedBy", startedBy);
        inputs.put("fromPersonId", fromPersonId);
        inputs.put("toPersonId", toPersonId);
        inputs.put("aeId", aeId);
        inputs.put("reason", reason);
        return new HandoffPlan(accountId, opportunityId, handoffType,
                new HandoffPeople(fromPersonId, toPersonId, aeId),
                new Reason("handoff.manual", "Started by hand by " + startedBy
                        + (blank(reason) ? "." : ": " + reason.strip())),
                inputs);
    }

    private static void limitLength(Map<String, String> problems, String field, String id) {
        if (id != null && id.length() > MAX_ID) {
            problems.put(field, "must be at most " + MAX_ID + " characters");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
