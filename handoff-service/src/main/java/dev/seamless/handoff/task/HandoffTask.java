package dev.seamless.handoff.task;

import dev.seamless.handoff.checklist.OwnerRole;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A task a person received from a handoff checklist. */
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
    public LocalDate dueDate;
    public String link;
    @Enumerated(EnumType.STRING)
    public TaskStatus status;
    public String completedBy;
    public OffsetDateTime completedAt;
}
