package dev.seamless.handoff.handoff;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.seamless.events.envelope.EventJson;
import dev.seamless.events.handoff.HandoffCancelled;
import dev.seamless.events.handoff.HandoffCompleted;
import dev.seamless.events.handoff.HandoffStarted;
import dev.seamless.events.handoff.TaskCompleted;
import dev.seamless.events.handoff.TaskCreated;
import dev.seamless.events.types.Reason;
import dev.seamless.handoff.account.Account;
import dev.seamless.handoff.access.Caller;
import dev.seamless.handoff.access.HandoffAccess;
import dev.seamless.handoff.account.AccountClosure;
import dev.seamless.handoff.api.ConflictException;
import dev.seamless.handoff.api.InvalidRequestException;
import dev.seamless.handoff.assignment.AccountTeam;
import dev.seamless.handoff.assignment.HandoffPeople;
import dev.seamless.handoff.checklist.BusinessCalendar;
import dev.seamless.handoff.checklist.ChecklistCatalog;
import dev.seamless.handoff.checklist.ChecklistItem;
import dev.seamless.handoff.checklist.ChecklistTemplate;
import dev.seamless.handoff.task.DueSoonWindow;
import dev.seamless.handoff.task.HandoffTask;
import dev.seamless.handoff.task.TaskStatus;
import dev.seamless.handoff.trigger.HandoffPlan;
import dev.seamless.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The life cycle of handoffs: started from their checklist template, completed with their last task, cancelled with
 * their open tasks. Every change goes out through the outbox in the same transaction.
 */
@ApplicationScoped
public class HandoffService {

    @Inject
    ChecklistCatalog checklists;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Assignments assignments;

    @Inject
    ChangeLock changeLock;

    @Inject
    Outbox outbox;

    @Inject
    PostSalesDecisions postSalesDecisions;

    @Inject
    DueSoonWindow dueSoon;

    @Inject
    Clock clock;

    /**
     * Starts the planned handoff, its people completed from the account team as far as it is known, unless the same
     * one (account, type and people) is already open: a repeated or redelivered trigger gets the open handoff back.
     * Nothing starts for a closed account. Open handoffs the template supersedes are cancelled.
     */
    @Transactional
    public StartOutcome start(HandoffPlan plan, Trigger trigger) {
        if (AccountClosure.isClosed(plan.accountId())) {
            return new StartOutcome(StartOutcome.Kind.ACCOUNT_CLOSED, null);
        }
        ChecklistTemplate template = checklists.get(plan.handoffType());
        HandoffPeople people = Account.<Account>findByIdOptional(plan.accountId())
                .map(account -> plan.people().fillVacancies(account.team(), template))
                .orElse(plan.people());
        return Handoff.findOpen(plan.accountId(), plan.handoffType(), people.outgoing(), people.incoming())
                .map(open -> new StartOutcome(StartOutcome.Kind.ALREADY_OPEN, open))
                .orElseGet(() -> new StartOutcome(StartOutcome.Kind.STARTED,
                        create(plan, people, template, trigger)));
    }

    /**
     * A decision made before the account was known, made again with it, chose the same checklist: the open handoff
     * stays and its decision becomes the new one, announced as final and naming the provisional one it replaces.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void confirmDecision(Handoff open, HandoffPlan plan) {
        open.decisionRule = plan.reason().rule();
        open.decisionReason = plan.reason().message();
        open.decisionInputs = toJson(plan.inputs());
        String earlier = open.postSalesDecisionId == null ? null : open.postSalesDecisionId.toString();
        plan.postSalesChoice().ifPresent(choice -> postSalesDecisions.announce(open, choice.superseding(earlier),
                plan.reason(), plan.inputs()));
    }

    /**
     * Starts a handoff a person asked for.
     *
     * @throws InvalidRequestException naming every bad field
     * @throws ForbiddenException when the caller may not start handoffs for the account ({@link HandoffAccess})
     * @throws ConflictException when the same handoff is open already or the account is closed
     */
    @Transactional
    public Handoff startByHand(StartHandoffRequest request, Caller caller) {
        if (request == null) {
            throw new InvalidRequestException(Map.of("body", "a JSON object with accountId and handoffType"
                    + " is required"));
        }
        InvalidRequestException.throwIfAny(request.problems(checklists.types(),
                accountId -> Account.findById(accountId) != null));
        changeLock.acquire();
        HandoffAccess.refusalToStart(caller, request.accountId(), teamOf(request.accountId())).ifPresent(reason -> {
            throw forbidden(reason);
        });
        StartOutcome outcome = start(request.plan(caller.personId()), Trigger.manual(caller.personId()));
        return switch (outcome.kind()) {
            case STARTED -> outcome.handoff();
            case ALREADY_OPEN -> throw new ConflictException("the same " + request.handoffType()
                    + " handoff is already open for account " + request.accountId() + ": " + outcome.handoff().id);
            case ACCOUNT_CLOSED -> throw new ConflictException("account " + request.accountId()
                    + " was closed by the CRM: no handoff starts for it");
        };
    }

    private Handoff create(HandoffPlan plan, HandoffPeople people, ChecklistTemplate template, Trigger trigger) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        cancelOpen(plan.accountId(), open -> template.supersedes().contains(open.handoffType),
                new Reason("handoff.superseded", "Superseded by the " + template.type() + " handoff that "
                        + trigger.type() + " started: " + plan.reason().message()));
        List<ChecklistItem> items = template.items().stream().filter(item -> !item.isDoneBy(trigger.type())).toList();
        Map<String, Object> inputs = new LinkedHashMap<>(plan.inputs());
        List<String> doneByTrigger = template.items().stream().filter(item -> item.isDoneBy(trigger.type()))
                .map(ChecklistItem::title).toList();
        if (!doneByTrigger.isEmpty()) {
            inputs.put("itemsAlreadyDoneBy" + trigger.type(), doneByTrigger);
        }
        Handoff handoff = new Handoff();
        handoff.id = UUID.randomUUID();
        handoff.accountId = plan.accountId();
        handoff.opportunityId = plan.opportunityId();
        handoff.handoffType = template.type();
        handoff.templateName = template.name();
        handoff.setPeople(people);
        handoff.status = HandoffStatus.OPEN;
        handoff.triggerType = trigger.type();
        handoff.triggerEventId = trigger.eventId();
        handoff.startedBy = trigger.startedBy();
        handoff.decisionRule = plan.reason().rule();
        handoff.decisionReason = plan.reason().message();
        handoff.decisionInputs = toJson(inputs);
        handoff.startedAt = now;
        handoff.persist();
        outbox.publish(new HandoffStarted(handoff.id.toString(), handoff.accountId, handoff.handoffType,
                handoff.fromPersonId, handoff.toPersonId, items.size(), trigger.type()));
        plan.postSalesChoice().ifPresent(choice -> postSalesDecisions.announce(handoff, choice, plan.reason(),
                plan.inputs()));
        LocalDate today = calendar.today(clock);
        int position = 0;
        for (ChecklistItem item : items) {
            HandoffTask task = new HandoffTask();
            task.id = UUID.randomUUID();
            task.handoffId = handoff.id;
            task.accountId = handoff.accountId;
            task.position = position++;
            task.title = item.title();
            task.ownerRole = item.ownerRole();
            task.dueDate = calendar.add(today, item.dueInBusinessDays());
            task.remindFrom = dueSoon.remindFrom(today, task.dueDate).orElse(null);
            task.link = item.link();
            task.status = TaskStatus.OPEN;
            assignments.assignNew(task, people);
            task.persist();
            outbox.publish(new TaskCreated(task.id.toString(), handoff.id.toString(), task.accountId, task.title,
                    task.assigneeId, task.ownerRole.name(), task.dueDate, task.link));
        }
        if (items.isEmpty()) {
            completeHandoff(handoff, now);
        }
        return handoff;
    }

    /**
     * Completes a task for the caller, if they may ({@link HandoffAccess}); the handoff completes with its last open
     * task.
     */
    @Transactional
    public HandoffTask complete(UUID taskId, Caller caller) {
        changeLock.acquire();
        HandoffTask task = HandoffTask.findById(taskId);
        if (task == null) {
            throw new NotFoundException("no task " + taskId);
        }
        HandoffAccess.refusalToComplete(caller, taskId, task.assigneeId, task.accountId, teamOf(task.accountId))
                .ifPresent(reason -> {
                    throw forbidden(reason);
                });
        if (task.status != TaskStatus.OPEN) {
            throw new ConflictException("task " + taskId + " is " + task.status + ", not OPEN");
        }
        String personId = caller.personId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        task.status = TaskStatus.COMPLETED;
        task.completedBy = personId;
        task.completedAt = now;
        outbox.publish(new TaskCompleted(task.id.toString(), task.handoffId.toString(), task.accountId, personId, now));
        if (HandoffTask.count("handoffId = ?1 and status = ?2", task.handoffId, TaskStatus.OPEN) == 0) {
            completeHandoff(Handoff.findById(task.handoffId), now);
        }
        return task;
    }

    private void completeHandoff(Handoff handoff, OffsetDateTime now) {
        handoff.status = HandoffStatus.COMPLETED;
        handoff.completedAt = now;
        outbox.publish(new HandoffCompleted(handoff.id.toString(), handoff.accountId, handoff.handoffType, now));
    }

    /** Cancels the account's open handoffs that match, with their open tasks, for the same reason. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelOpen(String accountId, Predicate<Handoff> which, Reason reason) {
        Handoff.openOf(accountId).stream().filter(which).forEach(handoff -> cancel(handoff, reason));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(Handoff handoff, Reason reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<HandoffTask> open = HandoffTask.openOf(handoff.id);
        for (HandoffTask task : open) {
            task.status = TaskStatus.CANCELLED;
            task.cancelledAt = now;
            task.cancelReason = reason.message();
        }
        handoff.status = HandoffStatus.CANCELLED;
        handoff.cancelledAt = now;
        handoff.cancelRule = reason.rule();
        handoff.cancelReason = reason.message();
        outbox.publish(new HandoffCancelled(handoff.id.toString(), handoff.accountId, handoff.handoffType, reason,
                open.stream().map(task -> task.id.toString()).toList(), now));
    }

    private static Optional<AccountTeam> teamOf(String accountId) {
        return Account.<Account>findByIdOptional(accountId).map(Account::team);
    }

    private static ForbiddenException forbidden(String reason) {
        return new ForbiddenException(Response.status(Response.Status.FORBIDDEN).entity(Map.of("error", reason))
                .build());
    }

    private static String toJson(Map<String, Object> inputs) {
        try {
            return EventJson.mapper().writeValueAsString(inputs);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot record the decision inputs", e);
        }
    }
}
