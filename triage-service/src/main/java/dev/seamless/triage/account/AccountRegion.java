package dev.seamless.triage.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The account's sales region as the CRM last saved it ({@code AccountUpdated.region}): it picks the triage board. */
@Entity
public class AccountRegion extends PanacheEntityBase {

    @Id
    public String accountId;
    public String region;
    public OffsetDateTime updatedAt;

    public static Optional<String> of(String accountId) {
        return AccountRegion.<AccountRegion>findByIdOptional(accountId).map(known -> known.region);
    }

    /** @param region null when the CRM names none: the account is then on no board */
    public static void record(String accountId, String region, OffsetDateTime at) {
        AccountRegion known = findById(accountId);
        boolean isNew = known == null;
        if (isNew) {
            known = new AccountRegion();
            known.accountId = accountId;
        }
        known.region = region == null || region.isBlank() ? null : region.trim();
        known.updatedAt = at;
        if (isNew) {
            known.persist();
        }
    }
}
