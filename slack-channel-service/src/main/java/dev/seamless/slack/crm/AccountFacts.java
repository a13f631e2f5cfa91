package dev.seamless.slack.crm;

import dev.seamless.events.types.Tier;
import java.math.BigDecimal;

/** What the channel rules need to know of an account; {@code tier} is null while the account is not known yet. */
public record AccountFacts(String accountId, String name, Tier tier, BigDecimal arr, BigDecimal iacv, String currency,
        String aeId, String saId, String csmId, boolean closed) {

    public boolean known() {
        return tier != null;
    }

    /** An account nobody told us about: every rule that needs its figures says so. */
    public static AccountFacts unknown(String accountId) {
        return new AccountFacts(accountId, null, null, null, null, null, null, null, null, false);
    }
}
