package dev.seamless.handoff.handoff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** A started checklist for an account, with the rule and reason that started it. */
@Entity
public class Handoff extends PanacheEntityBase {

    @Id
    public UUID id;
    public String accountId;
    public String handoffType;
    public String fromPersonId;
    public String toPersonId;
    @Enumerated(EnumType.STRING)
    public HandoffStatus status;
    public String triggerEventId;
    public String decisionRule;
    public String decisionReason;
    /** The inputs the rule looked at, as JSON. */
    public String decisionInputs;
    public OffsetDateTime startedAt;
    public OffsetDateTime completedAt;

    public static Optional<Handoff> findOpen(String accountId, String type, String fromPersonId, String toPersonId) {
        return find("accountId = ?1 and handoffType = ?2 and status = ?3"
                + " and coalesce(fromPersonId, '') = ?4 and coalesce(toPersonId, '') = ?5",
                accountId, type, HandoffStatus.OPEN, fromPersonId == null ? "" : fromPersonId,
                toPersonId == null ? "" : toPersonId).firstResultOptional();
    }
}
