package dev.seamless.triage.roster;

import dev.seamless.events.types.Segment;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An SA of the roster, kept from {@code PersonUpdated} events of role SA. */
@Entity
public class SolutionsArchitect extends PanacheEntityBase {

    @Id
    public String personId;
    public String name;
    public String email;
    public String region;
    @Enumerated(EnumType.STRING)
    public Segment segment;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> expertise = new ArrayList<>();
    /** Absent: the configured default capacity. */
    public Integer capacity;
    public boolean active;
    public OffsetDateTime lastAssignedAt;
    public OffsetDateTime updatedAt;

    public BigDecimal capacityOr(BigDecimal defaultCapacity) {
        return capacity == null ? defaultCapacity : BigDecimal.valueOf(capacity);
    }

    public Set<String> topics() {
        return Set.copyOf(expertise.stream().map(topic -> topic.toLowerCase(Locale.ROOT)).toList());
    }
}
