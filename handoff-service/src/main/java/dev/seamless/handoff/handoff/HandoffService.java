package dev.seamless.handoff.handoff;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.seamless.events.envelope.EventJson;
import dev.seamless.events.handoff.HandoffCompleted;
import dev.seamless.events.handoff.HandoffStarted;
import dev.seamless.events.handoff.TaskCompleted;
import dev.seamless.events.handoff.TaskCreated;
import dev.seamless.handoff.checklist.BusinessDays;
import dev.seamless.handoff.checklist.ChecklistCatalog;
import dev.seamless.handoff.checklist.ChecklistItem;
import dev.seamless.handoff.checklist.ChecklistTemplate;
import dev.seamless.handoff.task.HandoffTask;
import dev.seamless.handoff.task.TaskStatus;
import dev.seamless.handoff.trigger.HandoffPlan;
import dev.seamless.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Starts handoffs from their checklist template and completes their tasks; every change goes out through the outbox. */
@ApplicationScoped
public class HandoffService {

    @Inject
    ChecklistCatalog checklists;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /**
     * Starts the planned handoff unless the same one (account, type and people) is already open: a repeated or
     * redelivered trigger returns the open handoff instead of a second checklist.
     */
    @Transactional
    public Handoff start(HandoffPlan plan, String trigger) {
        return Handoff.findOpen(plan.accountId(), plan.handoffType(), plan.fromPersonId(), plan.toPersonId())
                .orElseGet(() -> create(plan, trigger));
    }

    private Handoff create(HandoffPlan plan, String trigger) {
        ChecklistTemplate template = checklists.get(plan.handoffType());
        OffsetDateTime now = OffsetDateTime.now(clock);
        Handoff handoff = new Handoff();
        handoff.id = UUID.randomUUID();
        handoff.accountId = plan.accountId();
        handoff.handoffType = plan.handoffType();
        handoff.fromPersonId = plan.fromPersonId();
        handoff.toPersonId = plan.toPersonId();
        handoff.status = HandoffStatus.OPEN;
        handoff.triggerEventId = trigger;
        handoff.decisionRule = plan.reason().rule();
        handoff.decisionReason = plan.reason().message();
        handoff.decisionInputs = toJson(plan);
        handoff.startedAt = now;
        handoff.persist();
        outbox.publish(new HandoffStarted(handoff.id.toString(), handoff.accountId, handoff.handoffType,
                handoff.fromPersonId, handoff.toPersonId, template.items().size(), trigger));
        LocalDate today = now.toLocalDate();
        int position = 0;
        for (ChecklistItem item : template.items()) {
            HandoffTask task = new HandoffTask();
            task.id = UUID.randomUUID();
            task.handoffId = handoff.id;
            task.accountId = handoff.accountId;
            task.position = position++;
            task.title = item.title();
            task.ownerRole = item.owner();
            task.assigneeId = switch (item.owner()) {
                case OUTGOING -> plan.fromPersonId();
                case INCOMING -> plan.toPersonId();
                case AE -> plan.aeId();
            };
            task.dueDate = BusinessDays.add(today, item.dueInBusinessDays());
            task.link = item.link();
            task.status = TaskStatus.OPEN;
            task.persist();
            outbox.publish(new TaskCreated(task.id.toString(), handoff.id.toString(), task.accountId, task.title,
                    task.assigneeId, task.ownerRole.name(), task.dueDate, task.link));
        }
        return handoff;
    }

    /** Completes a task for {@code personId}; the handoff completes with its last open task. */
    @Transactional
    public HandoffTask complete(UUID taskId, String personId) {
        HandoffTask task = HandoffTask.findById(taskId);
        if (task == null) {
            throw new NotFoundException("no task " + taskId);
        }
        if (task.status != TaskStatus.OPEN) {
            throw new IllegalStateException("task " + taskId + " is " + task.status + ", not OPEN");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        task.status = TaskStatus.COMPLETED;
        task.completedBy = personId;
        task.completedAt = now;
        outbox.publish(new TaskCompleted(task.id.toString(), task.handoffId.toString(), task.accountId, personId, now));
        long stillOpen = HandoffTask.count("handoffId = ?1 and status = ?2", task.handoffId, TaskStatus.OPEN);
        if (stillOpen == 0) {
            Handoff handoff = Handoff.findById(task.handoffId);
            handoff.status = HandoffStatus.COMPLETED;
            handoff.completedAt = now;
            outbox.publish(new HandoffCompleted(handoff.id.toString(), handoff.accountId, handoff.handoffType, now));
        }
        return task;
    }

    public List<HandoffTask> tasksOf(UUID handoffId) {
        return HandoffTask.list("handoffId = ?1 order by position", handoffId);
    }

    private static String toJson(HandoffPlan plan) {
        try {
            return EventJson.mapper().writeValueAsString(plan.inputs());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot record the decision inputs", e);
        }
    }
}
