package dev.seamless.triage.rotation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A rotation set through {@code PUT /api/rotation}; the newest one replaces the configured rotation. */
@Entity
public class TriageRotation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public LocalDate startsOn;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> saIds = new ArrayList<>();
    public String setBy;
    public OffsetDateTime setAt;

    public static Optional<TriageRotation> newest() {
        return TriageRotation.<TriageRotation>find("order by id desc").firstResultOptional();
    }
}
