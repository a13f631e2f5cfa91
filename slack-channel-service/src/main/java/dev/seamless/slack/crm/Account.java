package dev.seamless.slack.crm;

import dev.seamless.events.crm.AccountClosed;
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
 * slack-channel-service's projection of a CRM account. {@code tier} is null until an {@code AccountUpdated} has been
 * seen: a team change or a closure can arrive first.
 */
@Entity
public class Account extends PanacheEntityBase {

    @Id
    public String accountId;
    public String name;
    @Enumerated(EnumType.STRING)
    public Tier tier;
    public BigDecimal arr;
    public BigDecimal iacv;
    public String currency;
    public String aeId;
    public String saId;
    public String csmId;
    public OffsetDateTime closedAt;
    public String closedReason;
    public OffsetDateTime updatedAt;

    public boolean isClosed() {
        return closedAt != null;
    }

    public AccountFacts facts() {
        return new AccountFacts(accountId, name, tier, arr, iacv, currency, aeId, saId, csmId, isClosed());
    }

    public static AccountFacts factsOf(String accountId) {
        return Account.<Account>findByIdOptional(accountId).map(Account::facts)
                .orElseGet(() -> AccountFacts.unknown(accountId));
    }

    /** @throws IllegalArgumentException when the figures' currency is not an ISO 4217 code */
    public static void project(AccountUpdated event, OffsetDateTime at) {
        String currency = CurrencyCode.checked(event.currency());
        Account account = findOrNew(event.accountId());
        account.name = event.name();
        account.tier = event.tier();
        account.arr = event.arr();
        account.iacv = event.iacv();
        account.currency = currency;
        account.aeId = event.aeId();
        account.saId = event.saId();
        account.csmId = event.csmId();
        account.save(at);
    }

    public static void project(AccountTeamChanged event, OffsetDateTime at) {
        Account account = findOrNew(event.accountId());
        switch (event.role()) {
            case AE -> account.aeId = event.newPersonId();
            case SA -> account.saId = event.newPersonId();
            case CSM -> account.csmId = event.newPersonId();
        }
        account.save(at);
    }

    public static void project(AccountClosed event, OffsetDateTime at) {
        Account account = findOrNew(event.accountId());
        account.closedAt = event.closedAt();
        account.closedReason = event.reason();
        account.save(at);
    }

    private static Account findOrNew(String accountId) {
        return Account.<Account>findByIdOptional(accountId).orElseGet(() -> {
            Account account = new Account();
            account.accountId = accountId;
            return account;
        });
    }

    /** Hibernate inserts a new entity as it is when persisted, so the state is complete before. */
    private void save(OffsetDateTime at) {
        updatedAt = at;
        persist();
    }
}
