package dev.seamless.triage.assignment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The account's current SA, its single technical contact (seed 000): from the CRM ({@code AccountUpdated.saId},
 * {@code AccountTeamChanged} role SA) and from our own engagements, the latest winning.
 */
@Entity
public class AccountSa extends PanacheEntityBase {

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
