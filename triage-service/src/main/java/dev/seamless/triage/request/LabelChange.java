package dev.seamless.triage.request;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change of a request's labels: the board's history. */
@Entity
public class LabelChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String requestId;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> labels = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> added = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> removed = new ArrayList<>();
    public String changedBy;
    public String cause;
    public OffsetDateTime changedAt;
}
