package dev.seamless.handoff.account;

import dev.seamless.events.crm.AccountTeamChanged;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.types.Segment;
import dev.seamless.events.types.Tier;
import dev.seamless.handoff.assignment.AccountTeam;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;

/** handoff-service's projection of a CRM account, kept from {@code AccountUpdated} and {@code AccountTeamChanged}. */
@Entity
public class Account extends PanacheEntityBase {

    @Id
    public String accountId;
    public String name;
    @Enumerated(EnumType.STRING)
    public Segment segment;
    @Enumerated(EnumType.STRING)
    public Tier tier;
    public BigDecimal arr;
    public BigDecimal iacv;
    public String aeId;
    public String saId;
    public String csmId;
    public OffsetDateTime updatedAt;

    public static Account project(AccountUpdated event, OffsetDateTime at) {
        Account account = findById(event.accountId());
        if (account == null) {
            account = new Account();
            account.accountId = event.accountId();
        }
        account.name = event.name();
        account.segment = event.segment();
        account.tier = event.tier();
        account.arr = event.arr();
        account.iacv = event.iacv();
        account.aeId = event.aeId();
        account.saId = event.saId();
        account.csmId = event.csmId();
        account.updatedAt = at;
        account.persist();
        return account;
    }

    /** Keeps a known account's team current; an unknown account waits for its {@code AccountUpdated}. */
    public static Optional<Account> projectTeamChange(AccountTeamChanged event, OffsetDateTime at) {
        Optional<Account> account = findByIdOptional(event.accountId());
        account.ifPresent(known -> {
            switch (event.role()) {
                case AE -> known.aeId = event.newPersonId();
                case SA -> known.saId = event.newPersonId();
                case CSM -> known.csmId = event.newPersonId();
            }
            known.updatedAt = at;
        });
        return account;
    }

    public AccountTeam team() {
        return new AccountTeam(aeId, saId, csmId);
    }
}
