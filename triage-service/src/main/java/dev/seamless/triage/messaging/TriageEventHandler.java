package dev.seamless.triage.messaging;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.crm.AccountClosed;
import dev.seamless.events.crm.AccountTeamChanged;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.crm.TriageRequestSubmitted;
import dev.seamless.events.directory.PersonAvailabilityChanged;
import dev.seamless.events.directory.PersonUpdated;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.TeamRole;
import dev.seamless.messaging.consume.EventHandler;
import dev.seamless.triage.account.AccountRegion;
import dev.seamless.triage.account.AccountTransfers;
import dev.seamless.triage.opportunity.CrmOpportunity;
import dev.seamless.triage.persistence.DecisionLock;
import dev.seamless.triage.request.Channel;
import dev.seamless.triage.request.Reassignments;
import dev.seamless.triage.request.RequestLabels;
import dev.seamless.triage.request.TriageForm;
import dev.seamless.triage.request.TriageService;
import dev.seamless.triage.roster.RosterChange;
import dev.seamless.triage.roster.RosterService;
import dev.seamless.triage.stage.StageReactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;

/** Turns consumed events into requests, roster changes and stage reactions. Other event types are ignored. */
@ApplicationScoped
public class TriageEventHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(TriageEventHandler.class);

    @Inject
    TriageService triage;

    @Inject
    RosterService roster;

    @Inject
    Reassignments reassignments;

    @Inject
    StageReactions stages;

    @Inject
    AccountTransfers accountTransfers;

    @Inject
    DecisionLock decisionLock;

    @Inject
    Clock clock;

    @Override
    public void handle(EventEnvelope<SeamlessEvent> event) {
        // first, before an earlier event of the batch takes an outbox key lock: see DecisionLock
        decisionLock.acquire();
        SeamlessEvent data = event.data();
        if (data instanceof TriageRequestSubmitted submitted) {
            TriageService.Submission submission = triage.submit(TriageForm.of(submitted), submitted.requesterId(),
                    Channel.EVENT, submitted.requesterId());
            if (!submission.created()) {
                LOG.infof("Triage request %s was already submitted; event %s changes nothing",
                        submitted.requestId(), event.id());
            }
        } else if (data instanceof OpportunityStageChanged change) {
            CrmOpportunity.record(change, OffsetDateTime.now(clock));
            stages.on(change, event.id());
        } else if (data instanceof AccountUpdated account) {
            AccountRegion.record(account.accountId(), account.region(), OffsetDateTime.now(clock));
            if (account.saId() != null) {
                accountTransfers.fromCrm(account.accountId(), account.saId(), false);
            }
        } else if (data instanceof AccountTeamChanged team && team.role() == TeamRole.SA) {
            accountTransfers.fromCrm(team.accountId(), team.newPersonId(), true);
        } else if (data instanceof AccountClosed closed) {
            triage.closeAccount(closed.accountId(), "account closed: " + closed.reason());
        } else if (data instanceof PersonUpdated person) {
            RosterChange change = roster.project(person);
            if (change == RosterChange.DEACTIVATED) {
                reassignments.leaveRoster(person.personId());
            } else if (change == RosterChange.CAPACITY_REDUCED) {
                reassignments.rebalance(person.personId(), RequestLabels.SYSTEM);
            } else if (person.role() == PersonRole.SA && person.active()) {
                // an SA joined, came back or got more capacity: the backlog may fit now
                reassignments.placeBacklog();
            }
        } else if (data instanceof PersonAvailabilityChanged availability && roster.recordAbsence(availability)) {
            reassignments.coverAbsences(availability.personId());
        }
    }
}
