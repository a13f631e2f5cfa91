package dev.seamless.triage.stage;

import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.triage.ActionItemRaised;
import dev.seamless.events.triage.StageExitDue;
import dev.seamless.messaging.outbox.Outbox;
import dev.seamless.triage.api.ConflictException;
import dev.seamless.triage.board.RequestStatus;
import dev.seamless.triage.persistence.DecisionLock;
import dev.seamless.triage.policy.StageNames;
import dev.seamless.triage.request.RequestLabels;
import dev.seamless.triage.request.TriageRequest;
import dev.seamless.triage.request.TriageService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * What triage-service does when an opportunity moves (seed 000): leaving {@code 3-Technical Evaluation} gives its SA
 * an action item to record the stage-3 transition data (win/loss reasons, POV status); a closing stage (won or lost)
 * closes the opportunity's open requests with the reason.
 */
@ApplicationScoped
public class StageReactions {

    private static final Logger LOG = Logger.getLogger(StageReactions.class);

    @Inject
    StageNames stages;

    @Inject
    TriageService triage;

    @Inject
    RequestLabels labels;

    @Inject
    Clock clock;

    @Inject
    DecisionLock decisionLock;

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void on(OpportunityStageChanged change, String eventId) {
        OpportunityStage.record(change, OffsetDateTime.now(clock));
        String technicalEvaluation = stages.technicalEvaluation();
        if (technicalEvaluation.equals(change.fromStage()) && !technicalEvaluation.equals(change.toStage())) {
            recordStage3Transition(change, eventId);
        }
        if (stages.closes(change.toStage())) {
            triage.closeOpportunity(change.opportunityId(), "opportunity " + change.opportunityId() + " moved to "
                    + change.toStage());
        }
    }

    /**
     * The SA's work on a request is complete while its opportunity still sits in technical evaluation (seed 000: the
     * AE moves it on "once SA activity is complete"): its AE is told once per stay in that stage.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void engagementCompleted(TriageRequest request) {
        OpportunityStage opportunity = request.opportunityId == null ? null
                : OpportunityStage.findById(request.opportunityId);
        if (opportunity == null || !stages.technicalEvaluation().equals(opportunity.stage)
                || opportunity.stageExitDueAt != null) {
            return;
        }
        opportunity.stageExitDueAt = OffsetDateTime.now(clock);
        opportunity.stageExitRequestId = request.id;
        outbox.publish(new StageExitDue(opportunity.accountId, opportunity.opportunityId, request.id,
                opportunity.aeId, request.saId, opportunity.stage, "The SA work of request " + request.id
                        + " is complete while opportunity " + opportunity.opportunityId + " is still in "
                        + opportunity.stage + ": move it to the next logical stage."));
    }

    /** Completes an action item for its SA; its request loses the {@code SA Action Items} label with the last one. */
    @Transactional
    public ActionItem complete(UUID id, String caller, boolean onBehalf) {
        decisionLock.acquire();
        ActionItem item = ActionItem.findById(id);
        if (item == null) {
            throw new NotFoundException("no action item " + id);
        }
        if (item.status != ActionItemStatus.OPEN) {
            throw new ConflictException("action item " + id + " was completed by "
                    + item.completedBy + " at " + item.completedAt);
        }
        if (!onBehalf && !caller.equals(item.saId)) {
            throw new ForbiddenException("only " + item.saId + " or an SA leader may complete it");
        }
        item.status = ActionItemStatus.DONE;
        item.completedBy = caller;
        item.completedAt = OffsetDateTime.now(clock);
        if (item.requestId != null) {
            TriageRequest request = TriageRequest.findById(item.requestId);
            request.openActionItems = Math.max(0, request.openActionItems - 1);
            labels.refresh(request, caller, "action item done");
        }
        return item;
    }

    private void recordStage3Transition(OpportunityStageChanged change, String eventId) {
        if (ActionItem.count("opportunityId = ?1 and kind = ?2 and status = ?3", change.opportunityId(),
                ActionItem.STAGE_3_TRANSITION, ActionItemStatus.OPEN) > 0) {
            return;
        }
        Optional<TriageRequest> request = TriageRequest.<TriageRequest>find("opportunityId = ?1 and saId is not null"
                + " and status <> ?2 order by submittedAt desc", change.opportunityId(), RequestStatus.DECLINED)
                .firstResultOptional();
        String saId = request.map(found -> found.saId).orElse(change.saId());
        if (saId == null) {
            LOG.infof("Opportunity %s left %s, but no SA worked it: no action item", change.opportunityId(),
                    change.fromStage());
            return;
        }
        ActionItem item = new ActionItem();
        item.id = UUID.randomUUID();
        item.kind = ActionItem.STAGE_3_TRANSITION;
        item.accountId = change.accountId();
        item.opportunityId = change.opportunityId();
        item.requestId = request.map(found -> found.id).orElse(null);
        item.saId = saId;
        item.title = "Record the stage 3 transition data of " + change.name();
        item.details = "Opportunity " + change.opportunityId() + " moved from " + change.fromStage() + " to "
                + change.toStage() + ". Make sure the win/loss reasons are entered, the move out of stage 3 happened"
                + " once SA activity was complete, and the POV data and status are correct"
                + (Boolean.TRUE.equals(change.povActive()) ? " (a POV is active)." : ".");
        item.status = ActionItemStatus.OPEN;
        item.triggerEventId = eventId;
        item.createdAt = OffsetDateTime.now(clock);
        item.persist();
        outbox.publish(new ActionItemRaised(item.id.toString(), item.accountId, item.opportunityId, item.requestId,
                item.saId, item.kind, item.title, item.details));
        request.ifPresent(found -> {
            found.openActionItems++;
            labels.refresh(found, RequestLabels.SYSTEM, "stage 3 transition data to record");
        });
    }
}
