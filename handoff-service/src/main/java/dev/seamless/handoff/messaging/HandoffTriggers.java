package dev.seamless.handoff.messaging;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.crm.AccountClosed;
import dev.seamless.events.crm.AccountTeamChanged;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.directory.PersonUpdated;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.events.triage.SAAssigned;
import dev.seamless.events.types.Reason;
import dev.seamless.handoff.account.Account;
import dev.seamless.handoff.account.AccountClosure;
import dev.seamless.handoff.checklist.HandoffTypes;
import dev.seamless.handoff.handoff.Assignments;
import dev.seamless.handoff.handoff.ChangeLock;
import dev.seamless.handoff.handoff.HandoffService;
import dev.seamless.handoff.handoff.StartOutcome;
import dev.seamless.handoff.handoff.Trigger;
import dev.seamless.handoff.person.Person;
import dev.seamless.handoff.trigger.ClosedWonRule;
import dev.seamless.handoff.trigger.CsmChangeRule;
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
import org.jboss.logging.Logger;

/**
 * Turns consumed events into projections, handoffs and cancellations, inside the batch's transaction. Event types
 * not listed here are ignored.
 */
@ApplicationScoped
public class HandoffTriggers implements EventHandler {

    private static final Logger LOG = Logger.getLogger(HandoffTriggers.class);

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
        if (data instanceof AccountUpdated account) {
            assignments.accountKnown(Account.project(account, now));
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
        } else if (data instanceof PersonUpdated person) {
            Person.project(person, now);
            assignments.personChanged(person.personId());
        }
    }

    private void opportunityMoved(OpportunityStageChanged stageChange, EventEnvelope<SeamlessEvent> event) {
        Optional<Account> account = Account.findByIdOptional(stageChange.accountId());
        closedWonRule.decide(stageChange, account).ifPresent(plan -> start(plan, event));
        preCloseRule.decide(stageChange, account).ifPresent(plan -> start(plan, event));
        if (stages.isClosedLost(stageChange.toStage())) {
            handoffs.cancelOpen(stageChange.accountId(),
                    open -> HandoffTypes.PRE_CLOSE.contains(open.handoffType)
                            && stageChange.opportunityId().equals(open.opportunityId),
                    new Reason("handoff.opportunity-lost", "Opportunity " + stageChange.opportunityId()
                            + " moved to " + stageChange.toStage() + ": there is no customer to hand over."));
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
