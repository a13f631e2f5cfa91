package dev.seamless.handoff.task;

import dev.seamless.handoff.checklist.OwnerRole;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

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

    public static List<HandoffTask> of(UUID handoffId) {
        return list("handoffId = ?1 order by position", handoffId);
    }

    public static List<HandoffTask> openOf(UUID handoffId) {
        return list("handoffId = ?1 and status = ?2 order by position", handoffId, TaskStatus.OPEN);
    }
}
