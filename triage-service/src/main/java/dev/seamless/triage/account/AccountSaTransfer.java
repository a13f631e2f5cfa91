package dev.seamless.triage.account;

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

/** One change of an account's own SA, as decided and announced ({@code AccountSaTransferred}). */
@Entity
public class AccountSaTransfer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String accountId;
    public String previousSaId;
    public String saId;
    public String rule;
    public String reason;
    /** {@code crm} or {@code leader}. */
    public String source;
    /** The SA leader who decided; null for a CRM change. */
    public String decidedBy;
    public OffsetDateTime decidedAt;
    /** The account's open requests that moved from the previous SA to the new one. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> movedRequestIds = new ArrayList<>();

    public static List<AccountSaTransfer> of(String accountId) {
        return list("accountId = ?1 order by decidedAt, id", accountId);
    }
}
