package dev.seamless.handoff.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A task as the API shows it: who holds it and by which rule, and its life cycle. Names come from the people
 * directory and are absent while a person is not known there.
 */
public record TaskView(UUID id, UUID handoffId, String accountId, int position, String title, String ownerRole,
        String assigneeId, String assigneeName, Assignment assignment, LocalDate dueDate, String link,
        TaskStatus status, String completedBy, OffsetDateTime completedAt, OffsetDateTime cancelledAt,
        String cancelReason, LocalDate remindFrom, OffsetDateTime dueSoonReportedAt,
        OffsetDateTime overdueReportedAt) {

    public record Assignment(String rule, String reason) {
    }

    public static TaskView of(HandoffTask task, Map<String, String> names) {
        return new TaskView(task.id, task.handoffId, task.accountId, task.position, task.title, task.ownerRole.name(),
                task.assigneeId, task.assigneeId == null ? null : names.get(task.assigneeId),
                new Assignment(task.assignmentRule, task.assignmentReason), task.dueDate, task.link, task.status,
                task.completedBy, task.completedAt, task.cancelledAt, task.cancelReason, task.remindFrom, task.dueSoonReportedAt,
                task.overdueReportedAt);
    }
}
