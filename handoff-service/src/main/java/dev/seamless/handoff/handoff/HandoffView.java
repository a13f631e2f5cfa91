package dev.seamless.handoff.handoff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.seamless.events.envelope.EventJson;
import dev.seamless.handoff.person.Person;
import dev.seamless.handoff.task.HandoffTask;
import dev.seamless.handoff.task.TaskStatus;
import dev.seamless.handoff.task.TaskView;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A handoff with its people, what started it, the decision (rule, reason, inputs), its progress and its tasks.
 * Names come from the people directory and are absent while a person is not known there.
 */
public record HandoffView(UUID id, String accountId, String opportunityId, String handoffType, String templateName,
        String fromPersonId, String fromPersonName, String toPersonId, String toPersonName, String aeId,
        String aeName, HandoffStatus status, Trigger trigger, OffsetDateTime startedAt, OffsetDateTime completedAt,
        Cancellation cancellation, Decision decision, Progress progress, List<TaskView> tasks) {

    /** {@code postSalesDecisionId}: the PostSalesPathDecided that announced it, for a post-sales path decision. */
    public record Decision(String rule, String reason, JsonNode inputs, UUID postSalesDecisionId) {
    }

    public record Cancellation(String rule, String reason, OffsetDateTime cancelledAt) {
    }

    public record Progress(long completed, long cancelled, long open, long total) {
    }

    public static HandoffView of(Handoff handoff) {
        return of(List.of(handoff)).get(0);
    }

    /** The views of a page of handoffs, with two queries for all of them: their tasks, and the people's names. */
    public static List<HandoffView> of(List<Handoff> handoffs) {
        Map<UUID, List<HandoffTask>> tasks = HandoffTask.byHandoff(handoffs.stream().map(handoff -> handoff.id)
                .toList());
        List<String> people = new ArrayList<>();
        for (Handoff handoff : handoffs) {
            people.addAll(Arrays.asList(handoff.fromPersonId, handoff.toPersonId, handoff.aeId));
            tasks.getOrDefault(handoff.id, List.of()).forEach(task -> people.add(task.assigneeId));
        }
        Map<String, String> names = Person.namesOf(people);
        return handoffs.stream().map(handoff -> of(handoff, tasks.getOrDefault(handoff.id, List.of()), names))
                .toList();
    }

    private static HandoffView of(Handoff handoff, List<HandoffTask> tasks, Map<String, String> names) {
        return new HandoffView(handoff.id, handoff.accountId, handoff.opportunityId, handoff.handoffType,
                handoff.templateName, handoff.fromPersonId, names.get(handoff.fromPersonId), handoff.toPersonId,
                names.get(handoff.toPersonId), handoff.aeId, names.get(handoff.aeId), handoff.status,
                new Trigger(handoff.triggerType, handoff.triggerEventId, handoff.startedBy), handoff.startedAt,
                handoff.completedAt,
                handoff.cancelledAt == null ? null
                        : new Cancellation(handoff.cancelRule, handoff.cancelReason, handoff.cancelledAt),
                new Decision(handoff.decisionRule, handoff.decisionReason, parse(handoff.decisionInputs),
                        handoff.postSalesDecisionId),
                new Progress(count(tasks, TaskStatus.COMPLETED), count(tasks, TaskStatus.CANCELLED),
                        count(tasks, TaskStatus.OPEN), tasks.size()),
                tasks.stream().map(task -> TaskView.of(task, names)).toList());
    }

    private static long count(List<HandoffTask> tasks, TaskStatus status) {
        return tasks.stream().filter(task -> task.status == status).count();
    }

    private static JsonNode parse(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
