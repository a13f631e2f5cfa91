package dev.seamless.handoff.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** An account the CRM closed; kept apart from the projection because the closure may arrive first. */
@Entity
public class AccountClosure extends PanacheEntityBase {

    @Id
    public String accountId;
    public String reason;
    public OffsetDateTime closedAt;

    public static void record(String accountId, String reason, OffsetDateTime closedAt) {
        if (findById(accountId) == null) {
            AccountClosure closure = new AccountClosure();
            closure.accountId = accountId;
            closure.reason = reason;
            closure.closedAt = closedAt;
            closure.persist();
        }
    }

    public static boolean isClosed(String accountId) {
        return findById(accountId) != null;
    }
}
