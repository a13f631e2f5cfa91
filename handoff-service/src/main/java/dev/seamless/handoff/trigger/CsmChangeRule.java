package dev.seamless.handoff.trigger;

import static dev.seamless.handoff.checklist.HandoffTypes.AE_TO_CSM;
import static dev.seamless.handoff.checklist.HandoffTypes.CSM_TO_CSM;

import dev.seamless.events.crm.AccountTeamChanged;
import dev.seamless.events.types.Reason;
import dev.seamless.events.types.TeamRole;
import dev.seamless.handoff.assignment.HandoffPeople;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A CSM change on the account team (seed 000 "TAM to TAM" and "Account Executive to TAM", seed 001 "CSM to CSM"): a
 * new CSM after another one starts the CSM to CSM checklist; a first CSM the AE to CSM checklist, unless a handoff
 * already running for the account was waiting for this CSM (e.g. the SA to CSM handoff of a new account), which then
 * simply gets them.
 */
public final class CsmChangeRule {

    /** @param csmAwaited whether an open handoff of the account expects this CSM or any CSM as its incoming person */
    public Optional<HandoffPlan> decide(AccountTeamChanged event, boolean csmAwaited) {
        if (event.role() != TeamRole.CSM || event.newPersonId().equals(event.previousPersonId())) {
            return Optional.empty();
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("role", event.role());
        inputs.put("previousPersonId", event.previousPersonId());
        inputs.put("newPersonId", event.newPersonId());
        inputs.put("csmAwaitedByOpenHandoff", csmAwaited);
        if (event.previousPersonId() != null) {
            return Optional.of(new HandoffPlan(event.accountId(), null, CSM_TO_CSM,
                    new HandoffPeople(event.previousPersonId(), event.newPersonId(), null),
                    new Reason("handoff.csm-changed", "The account's CSM changed from " + event.previousPersonId()
                            + " to " + event.newPersonId() + ": CSM to CSM handoff."),
                    inputs));
        }
        if (csmAwaited) {
            return Optional.empty();
        }
        return Optional.of(new HandoffPlan(event.accountId(), null, AE_TO_CSM,
                new HandoffPeople(null, event.newPersonId(), null),
                new Reason("handoff.csm-assigned", "The account had no CSM and now has " + event.newPersonId()
                        + ": AE to CSM handoff."),
                inputs));
    }
}
