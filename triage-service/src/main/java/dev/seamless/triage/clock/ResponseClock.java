package dev.seamless.triage.clock;

import dev.seamless.events.types.TriageClock;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A response target of a triage request, from its start until it is met or stops applying. {@code remindedAt} and
 * {@code breachedAt} record that its reminder and its breach were published, so each is published once.
 */
@Entity
public class ResponseClock extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String requestId;
    public String accountId;
    @Enumerated(EnumType.STRING)
    public TriageClock clock;
    /** The rule that set the target, and the settings it used. */
    public String rule;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> inputs;
    /** Who owes the response: set at the start, and again when the reminder and the breach are published. */
    public String ownerId;
    public OffsetDateTime startedAt;
    public OffsetDateTime remindAt;
    public OffsetDateTime dueAt;
    public OffsetDateTime remindedAt;
    public OffsetDateTime breachedAt;
    public OffsetDateTime metAt;
    public OffsetDateTime stoppedAt;
    /** Why it ended: what the request's state was, who answered, or the rule that declined it. */
    public String endedBecause;

    public boolean running() {
        return metAt == null && stoppedAt == null;
    }

    public void end(ClockState state, OffsetDateTime at, String because) {
        if (state == ClockState.MET) {
            metAt = at;
        } else {
            stoppedAt = at;
        }
        endedBecause = because;
    }

    public static List<ResponseClock> of(String requestId) {
        return list("requestId = ?1 order by id", requestId);
    }
}
