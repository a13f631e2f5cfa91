package dev.seamless.notification.directory;

import dev.seamless.events.crm.AccountTeamChanged;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.types.Tier;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * notification-service's projection of a CRM account: its team, its primary customer contact, and what decides
 * whether it qualifies for a CSM. Name, tier and ARR stay empty while only {@code AccountTeamChanged} has described
 * the account.
 */
@Entity
public class Account extends PanacheEntityBase {

    @Id
    public String accountId;
    public String name;
    @Enumerated(EnumType.STRING)
    public Tier tier;
    public BigDecimal arr;
    public String aeId;
    public String saId;
    public String csmId;
    public String contactName;
    public String contactEmail;
    public OffsetDateTime updatedAt;

    /** The account's name for people, or its id while crm.accounts has not named it. */
    public String displayName() {
        return name != null ? name : accountId;
    }

    public static void project(AccountUpdated event, OffsetDateTime at) {
        Account account = findOrCreate(event.accountId());
        account.name = event.name();
        account.tier = event.tier();
        account.arr = event.arr();
        account.aeId = event.aeId();
        account.saId = event.saId();
        account.csmId = event.csmId();
        account.contactName = event.contactName();
        account.contactEmail = event.contactEmail();
        account.updatedAt = at;
        account.persist();
    }

    public static void changeTeam(AccountTeamChanged event, OffsetDateTime at) {
        Account account = findOrCreate(event.accountId());
        switch (event.role()) {
            case AE -> account.aeId = event.newPersonId();
            case SA -> account.saId = event.newPersonId();
            case CSM -> account.csmId = event.newPersonId();
        }
        account.updatedAt = at;
        account.persist();
    }

    private static Account findOrCreate(String accountId) {
        Account account = findById(accountId);
        if (account == null) {
            account = new Account();
            account.accountId = accountId;
        }
        return account;
    }
}
