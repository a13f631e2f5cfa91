package dev.seamless.triage.request;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.List;

/** One approval of an exception to the qualification thresholds: who approved in which role, and when. */
@Entity
public class ExceptionApproval extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String requestId;
    @Enumerated(EnumType.STRING)
    public ApproverRole role;
    public String approverId;
    public String note;
    public OffsetDateTime approvedAt;

    public static List<ExceptionApproval> of(String requestId) {
        return list("requestId = ?1 order by approvedAt", requestId);
    }
}
