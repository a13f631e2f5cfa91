package dev.seamless.handoff.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seamless.events.envelope.EventJson;
import dev.seamless.handoff.task.HandoffTask;
import dev.seamless.handoff.task.TaskStatus;
import dev.seamless.handoff.task.TaskView;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A handoff with its decision (rule, reason, inputs), its progress and its tasks. */
public record HandoffView(UUID id, String accountId, String handoffType, String fromPersonId, String toPersonId,
        HandoffStatus status, OffsetDateTime startedAt, OffsetDateTime completedAt, Decision decision,
        Progress progress, List<TaskView> tasks) {

    public record Decision(String rule, String reason, JsonNode inputs, String triggerEventId) {
    }

    public record Progress(long completed, long total) {
    }

    public static HandoffView of(Handoff handoff, List<HandoffTask> tasks) {
        long completed = tasks.stream().filter(task -> task.status == TaskStatus.COMPLETED).count();
        JsonNode inputs;
        try {
            inputs = EventJson.mapper().readTree(handoff.decisionInputs);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HandoffView(handoff.id, handoff.accountId, handoff.handoffType, handoff.fromPersonId,
                handoff.toPersonId, handoff.status, handoff.startedAt, handoff.completedAt,
                new Decision(handoff.decisionRule, handoff.decisionReason, inputs, handoff.triggerEventId),
                new Progress(completed, tasks.size()), tasks.stream().map(TaskView::of).toList());
    }
}
