package dev.seamless.triage.assignment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The account's own SA, its single technical contact (seed 000): named by the CRM ({@code AccountUpdated.saId},
 * {@code AccountTeamChanged} role SA) or an SA leader, else the first SA engaged on the account. A cover for one
 * request does not change it.
 */
@Entity
public class AccountSa extends PanacheEntityBase {

    /** Sources of the account's SA. */
    public static final String CRM = "crm";
    public static final String LEADER = "leader";
    public static final String ASSIGNMENT = "assignment";

    @Id
    public String accountId;
    public String saId;
    public String source;
    public OffsetDateTime updatedAt;

    public static Optional<String> of(String accountId) {
        return AccountSa.<AccountSa>findByIdOptional(accountId).map(known -> known.saId);
    }

    public static void record(String accountId, String saId, String source, OffsetDateTime at) {
        AccountSa known = findById(accountId);
        boolean isNew = known == null;
        if (isNew) {
            known = new AccountSa();
            known.accountId = accountId;
        }
        known.saId = saId;
        known.source = source;
        known.updatedAt = at;
        if (isNew) {
            known.persist();
        }
    }
}
