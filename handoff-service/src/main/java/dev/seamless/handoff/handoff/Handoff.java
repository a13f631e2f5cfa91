package dev.seamless.handoff.handoff;

import dev.seamless.handoff.assignment.HandoffPeople;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A started checklist for an account, with its people and the rule, reason and inputs that started it. */
@Entity
public class Handoff extends PanacheEntityBase {

    @Id
    public UUID id;
    public String accountId;
    public String opportunityId;
    public String handoffType;
    public String templateName;
    public String fromPersonId;
    public String toPersonId;
    public String aeId;
    @Enumerated(EnumType.STRING)
    public HandoffStatus status;
    public String triggerType;
    public String triggerEventId;
    public String startedBy;
    public String decisionRule;
    public String decisionReason;
    /** The inputs the rule looked at, as JSON. */
    public String decisionInputs;
    /** The PostSalesPathDecided that announced this handoff's decision, when it was a post-sales path decision. */
    public UUID postSalesDecisionId;
    public OffsetDateTime startedAt;
    public OffsetDateTime completedAt;
    public OffsetDateTime cancelledAt;
    public String cancelRule;
    public String cancelReason;

    public HandoffPeople people() {
        return new HandoffPeople(fromPersonId, toPersonId, aeId);
    }

    void setPeople(HandoffPeople people) {
        fromPersonId = people.outgoing();
        toPersonId = people.incoming();
        aeId = people.ae();
    }

    public static Optional<Handoff> findOpen(String accountId, String type, String fromPersonId, String toPersonId) {
        return find("accountId = ?1 and handoffType = ?2 and status = ?3"
                + " and coalesce(fromPersonId, '') = ?4 and coalesce(toPersonId, '') = ?5",
                accountId, type, HandoffStatus.OPEN, fromPersonId == null ? "" : fromPersonId,
                toPersonId == null ? "" : toPersonId).firstResultOptional();
    }

    public static List<Handoff> openOf(String accountId) {
        return list("accountId = ?1 and status = ?2 order by startedAt", accountId, HandoffStatus.OPEN);
    }

    /** The account's handoffs, open or completed, whose decision was made by one of the rules. */
    public static List<Handoff> notCancelledWithRule(String accountId, Collection<String> rules) {
        return list("accountId = ?1 and status <> ?2 and decisionRule in ?3 order by startedAt", accountId,
                HandoffStatus.CANCELLED, rules);
    }

    public static List<Handoff> openInvolving(String personId) {
        return list("status = ?1 and (fromPersonId = ?2 or toPersonId = ?2 or aeId = ?2) order by startedAt",
                HandoffStatus.OPEN, personId);
    }
}
