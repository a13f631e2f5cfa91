package dev.seamless.triage.assignment;

import dev.seamless.events.triage.RankedCandidate;
import dev.seamless.events.triage.SAAssigned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One assignment decision and its explanation: who, why, every candidate considered, under which policy. */
@Entity
public class Assignment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String requestId;
    public String accountId;
    /** Absent when nobody could be placed and no triage SA was on duty. */
    public String saId;
    public String previousSaId;
    /** False when the SA only holds the request as the week's triage SA. */
    public boolean engaged;
    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind")
    public AssignmentTrigger trigger;
    public String rule;
    public String message;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<RankedCandidate> candidates = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> inputs = new LinkedHashMap<>();
    public String policyVersion;
    public String decidedBy;
    public OffsetDateTime decidedAt;

    public SAAssigned toEvent(String opportunityId) {
        return new SAAssigned(requestId, accountId, opportunityId, saId, previousSaId, rule + ": " + message,
                candidates, policyVersion);
    }
}
