package dev.seamless.handoff.messaging;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.crm.AccountClosed;
import dev.seamless.events.crm.AccountTeamChanged;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.directory.PersonUpdated;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.events.triage.AccountSaTransferred;
import dev.seamless.events.triage.SAAssigned;
import dev.seamless.events.types.Reason;
import dev.seamless.handoff.account.Account;
import dev.seamless.handoff.account.AccountClosure;
import dev.seamless.handoff.checklist.HandoffTypes;
import dev.seamless.handoff.handoff.Assignments;
import dev.seamless.handoff.handoff.ChangeLock;
import dev.seamless.handoff.handoff.Handoff;
import dev.seamless.handoff.handoff.HandoffService;
import dev.seamless.handoff.handoff.HandoffStatus;
import dev.seamless.handoff.handoff.StartOutcome;
import dev.seamless.handoff.handoff.Trigger;
import dev.seamless.handoff.person.Person;
import dev.seamless.handoff.trigger.ClosedWonRule;
import dev.seamless.handoff.trigger.CsmChangeRule;
import dev.seamless.handoff.trigger.DecisionInputs;
import dev.seamless.handoff.trigger.HandoffPlan;
import dev.seamless.handoff.trigger.OpportunityStages;
import dev.seamless.handoff.trigger.PreCloseRule;
import dev.seamless.handoff.trigger.SaReassignmentRule;
import dev.seamless.messaging.consume.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Turns consumed events into projections, handoffs and cancellations, inside the batch's transaction. Event types
 * not listed here are ignored.
 */
@ApplicationScoped
public class HandoffTriggers implements EventHandler {

    private static final Logger LOG = Logger.getLogger(HandoffTriggers.class);
    private static final Set<String> DECIDED_WITHOUT_ACCOUNT = Set.of(ClosedWonRule.ACCOUNT_UNKNOWN,
            PreCloseRule.ACCOUNT_UNKNOWN);

    @Inject
    OpportunityStages stages;

    @Inject
    ClosedWonRule closedWonRule;

    @Inject
    PreCloseRule preCloseRule;

    @Inject
    SaReassignmentRule saReassignmentRule;

    @Inject
    CsmChangeRule csmChangeRule;

    @Inject
    HandoffService handoffs;

    @Inject
    Assignments assignments;

    @Inject
    ChangeLock changeLock;

    @Inject
    Clock clock;

    @Override
    public void handle(EventEnvelope<SeamlessEvent> event) {
        changeLock.acquire();
        OffsetDateTime now = OffsetDateTime.now(clock);
        SeamlessEvent data = event.data();
        if (data instanceof AccountUpdated update) {
            boolean firstDescribed = Account.findById(update.accountId()) == null;
            Account account = Account.project(update, now);
            assignments.accountKnown(account);
            if (firstDescribed) {
                decideAgain(account, event);
            }
        } else if (data instanceof AccountTeamChanged change) {
            Account.projectTeamChange(change, now);
            assignments.teamChanged(change);
            csmChangeRule.decide(change, assignments.csmAwaited(change.accountId(), change.newPersonId()))
                    .ifPresent(plan -> start(plan, event));
        } else if (data instanceof AccountClosed closed) {
            AccountClosure.record(closed.accountId(), closed.reason(), closed.closedAt());
            handoffs.cancelOpen(closed.accountId(), open -> true, new Reason("handoff.account-closed",
                    "The CRM closed the account on " + closed.closedAt() + ": " + closed.reason()));
        } else if (data instanceof OpportunityStageChanged stageChange) {
            opportunityMoved(stageChange, event);
        } else if (data instanceof SAAssigned assigned) {
            saReassignmentRule.decide(assigned).ifPresent(plan -> start(plan, event));
        } else if (data instanceof AccountSaTransferred transfer) {
            saReassignmentRule.decide(transfer).ifPresent(plan -> start(plan, event));
        } else if (data instanceof PersonUpdated person) {
            Person.project(person, now);
            assignments.personChanged(person.personId());
        }
    }

    private void opportunityMoved(OpportunityStageChanged stageChange, EventEnvelope<SeamlessEvent> event) {
        decide(stageChange, Account.findByIdOptional(stageChange.accountId())).ifPresent(plan -> start(plan, event));
        if (stages.isClosedLost(stageChange.toStage())) {
            handoffs.cancelOpen(stageChange.accountId(),
                    open -> HandoffTypes.PRE_CLOSE.contains(open.handoffType)
                            && stageChange.opportunityId().equals(open.opportunityId),
                    new Reason("handoff.opportunity-lost", "Opportunity " + stageChange.opportunityId()
                            + " moved to " + stageChange.toStage() + ": there is no customer to hand over."));
        }
    }

    private Optional<HandoffPlan> decide(OpportunityStageChanged stageChange, Optional<Account> account) {
        return closedWonRule.decide(stageChange, account).or(() -> preCloseRule.decide(stageChange, account));
    }

    /**
     * The account was just described for the first time: the handoffs an opportunity started while it was not known
     * (open, or completed already) are decided again, as if the account had come first. When that gives another
     * checklist (e.g. SA to CSM instead of digital onboarding), it starts and the earlier handoff is cancelled with
     * its open tasks; when it gives the same one, the handoff stays. Either way the final decision is announced,
     * naming the provisional one, so that the customer's email goes out on it.
     */
    private void decideAgain(Account account, EventEnvelope<SeamlessEvent> event) {
        for (Handoff provisional : Handoff.notCancelledWithRule(account.accountId, DECIDED_WITHOUT_ACCOUNT)) {
            // an earlier replacement may have superseded it
            if (provisional.status != HandoffStatus.CANCELLED) {
                DecisionInputs.recordedStageChange(provisional.accountId, provisional.decisionInputs,
                        provisional.people()).flatMap(stageChange -> decide(stageChange, Optional.of(account)))
                        .ifPresent(plan -> {
                            if (plan.handoffType().equals(provisional.handoffType)) {
                                handoffs.confirmDecision(provisional, plan);
                            } else {
                                supersede(provisional, plan, event);
                            }
                        });
            }
        }
    }

    /**
     * Starts the checklist decided again, naming the provisional decision. The provisional handoff is cancelled with
     * its open tasks; one whose people completed it already stays completed.
     */
    private void supersede(Handoff provisional, HandoffPlan plan, EventEnvelope<SeamlessEvent> event) {
        String decisionId = provisional.postSalesDecisionId == null ? null : provisional.postSalesDecisionId.toString();
        Handoff replacement = handoffs.start(plan.superseding(decisionId), Trigger.event(event)).handoff();
        if (replacement != null && provisional.status == HandoffStatus.OPEN) {
            handoffs.cancel(provisional, new Reason("handoff.superseded", "Decided before crm.accounts described"
                    + " account " + provisional.accountId + ". Decided again with it: " + plan.reason().message()
                    + " Handoff " + replacement.id + " replaces this one."));
        }
    }

    private void start(HandoffPlan plan, EventEnvelope<SeamlessEvent> event) {
        StartOutcome outcome = handoffs.start(plan, Trigger.event(event));
        if (outcome.kind() != StartOutcome.Kind.STARTED) {
            LOG.debugf("%s %s for account %s not started: %s", event.type(), plan.handoffType(), plan.accountId(),
                    outcome.kind());
        }
    }
}
