package dev.seamless.handoff.task;

import dev.seamless.handoff.checklist.OwnerRole;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A task a person received from a handoff checklist, with the rule that gave it to them. */
@Entity
public class HandoffTask extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID handoffId;
    public String accountId;
    public int position;
    public String title;
    @Enumerated(EnumType.STRING)
    public OwnerRole ownerRole;
    public String assigneeId;
    public String assignmentRule;
    public String assignmentReason;
    public LocalDate dueDate;
    public String link;
    @Enumerated(EnumType.STRING)
    public TaskStatus status;
    public String completedBy;
    public OffsetDateTime completedAt;
    public OffsetDateTime cancelledAt;
    public String cancelReason;
    public OffsetDateTime overdueReportedAt;
    public OffsetDateTime dueSoonReportedAt;
    /** The first day of the due-soon reminder window; absent when the task started inside it. */
    public LocalDate remindFrom;

    /** The tasks of these handoffs by handoff, each in checklist order: one query for a whole page of handoffs. */
    public static Map<UUID, List<HandoffTask>> byHandoff(Collection<UUID> handoffIds) {
        if (handoffIds.isEmpty()) {
            return Map.of();
        }
        return HandoffTask.<HandoffTask>list("handoffId in ?1 order by position", handoffIds).stream()
                .collect(Collectors.groupingBy(task -> task.handoffId));
    }

    public static List<HandoffTask> openOf(UUID handoffId) {
        return list("handoffId = ?1 and status = ?2 order by position", handoffId, TaskStatus.OPEN);
    }
}
