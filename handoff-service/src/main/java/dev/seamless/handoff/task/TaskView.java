package dev.seamless.handoff.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A task as the API shows it. */
public record TaskView(UUID id, UUID handoffId, String accountId, String title, String ownerRole, String assigneeId,
        LocalDate dueDate, String link, TaskStatus status, String completedBy, OffsetDateTime completedAt) {

    public static TaskView of(HandoffTask task) {
        return new TaskView(task.id, task.handoffId, task.accountId, task.title, task.ownerRole.name(),
                task.assigneeId, task.dueDate, task.link, task.status, task.completedBy, task.completedAt);
    }
}
