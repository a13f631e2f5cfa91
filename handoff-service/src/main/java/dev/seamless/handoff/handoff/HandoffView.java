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

    public record Decision(String rule, String reason, JsonNode inputs) {
    }

    public record Cancellation(String rule, String reason, OffsetDateTime cancelledAt) {
    }

    public record Progress(long completed, long cancelled, long open, long total) {
    }

    public static HandoffView of(Handoff handoff) {
        List<HandoffTask> tasks = HandoffTask.of(handoff.id);
        List<String> people = new ArrayList<>(Arrays.asList(handoff.fromPersonId, handoff.toPersonId, handoff.aeId));
        tasks.forEach(task -> people.add(task.assigneeId));
        Map<String, String> names = Person.namesOf(people);
        return new HandoffView(handoff.id, handoff.accountId, handoff.opportunityId, handoff.handoffType,
                handoff.templateName, handoff.fromPersonId, names.get(handoff.fromPersonId), handoff.toPersonId,
                names.get(handoff.toPersonId), handoff.aeId, names.get(handoff.aeId), handoff.status,
                new Trigger(handoff.triggerType, handoff.triggerEventId, handoff.startedBy), handoff.startedAt,
                handoff.completedAt,
                handoff.cancelledAt == null ? null
                        : new Cancellation(handoff.cancelRule, handoff.cancelReason, handoff.cancelledAt),
                new Decision(handoff.decisionRule, handoff.decisionReason, parse(handoff.decisionInputs)),
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
