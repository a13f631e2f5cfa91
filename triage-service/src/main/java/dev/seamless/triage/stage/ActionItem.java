package dev.seamless.triage.stage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Work an SA owns beyond an engagement (seed 004 "SA Action Items"), e.g. recording the stage-3 transition data. */
@Entity
public class ActionItem extends PanacheEntityBase {

    public static final String STAGE_3_TRANSITION = "STAGE_3_TRANSITION";

    @Id
    public UUID id;
    public String kind;
    public String accountId;
    public String opportunityId;
    /** The triage request it belongs to, when the SA worked the opportunity through one. */
    public String requestId;
    public String saId;
    public String title;
    public String details;
    @Enumerated(EnumType.STRING)
    public ActionItemStatus status;
    public String triggerEventId;
    public OffsetDateTime createdAt;
    public String completedBy;
    public OffsetDateTime completedAt;
}
