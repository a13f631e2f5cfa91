package dev.seamless.handoff.trigger;

import static dev.seamless.handoff.checklist.HandoffTypes.SA_TO_SA;

import dev.seamless.events.triage.AccountSaTransferred;
import dev.seamless.events.triage.SAAssigned;
import dev.seamless.events.types.Reason;
import dev.seamless.handoff.assignment.HandoffPeople;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An SA reassignment (an {@code SAAssigned} with the previous SA) starts the SA to SA checklist (seeds 000 and 001
 * "SA to SA"); a first assignment, or one that keeps the same SA, hands nothing over. So does a transfer of the
 * account's own SA ({@code AccountSaTransferred}, triage-service's decision), whose moved requests then find the same
 * checklist open. A PTO cover or an expertise pick is no transfer and starts nothing.
 */
public final class SaReassignmentRule {

    public Optional<HandoffPlan> decide(SAAssigned event) {
        if (event.previousSaId() == null || event.previousSaId().equals(event.saId())) {
            return Optional.empty();
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("requestId", event.requestId());
        inputs.put("opportunityId", event.opportunityId());
        inputs.put("previousSaId", event.previousSaId());
        inputs.put("saId", event.saId());
        inputs.put("assignmentReason", event.reason());
        inputs.put("policyVersion", event.policyVersion());
        return Optional.of(new HandoffPlan(event.accountId(), event.opportunityId(), SA_TO_SA,
                new HandoffPeople(event.previousSaId(), event.saId(), null),
                new Reason("handoff.sa-reassigned", "Triage request " + event.requestId() + " moved from SA "
                        + event.previousSaId() + " to SA " + event.saId() + " (" + event.reason()
                        + "): SA to SA handoff."),
                inputs));
    }

    public Optional<HandoffPlan> decide(AccountSaTransferred event) {
        if (event.previousSaId() == null || event.previousSaId().equals(event.saId())) {
            return Optional.empty();
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("previousSaId", event.previousSaId());
        inputs.put("saId", event.saId());
        inputs.put("transferRule", event.rule());
        inputs.put("decidedBy", event.decidedBy());
        return Optional.of(new HandoffPlan(event.accountId(), null, SA_TO_SA,
                new HandoffPeople(event.previousSaId(), event.saId(), null),
                new Reason("handoff.account-sa-transferred", "The account's SA moved from " + event.previousSaId()
                        + " to " + event.saId() + " (" + event.reason() + "): SA to SA handoff."),
                inputs));
    }
}
