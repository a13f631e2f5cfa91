package dev.seamless.notification;

import dev.seamless.events.types.Tier;
import dev.seamless.notification.directory.Account;
import dev.seamless.notification.support.SupportPolicy;
import dev.seamless.notification.support.SupportPolicy.Level;
import java.math.BigDecimal;
import java.util.Map;

/** Inputs for the plain rule tests: account acct-1 of team ae-1 / sa-1 (see PeopleFixture), no opportunity. */
public final class RuleFixtures {

    /** Standard for an unknown tier, and a wording of their own for FREE and PREMIUM. */
    public static final SupportPolicy SUPPORT = new SupportPolicy("https://support.example",
            new Level("Standard", "by the next business day, Monday to Friday"),
            Map.of(Tier.FREE, new Level("Community", "from the community forum"),
                    Tier.PREMIUM, new Level("Priority", "within 8 business hours")));

    private RuleFixtures() {
    }

    /** Tier Premium, ARR 50,000, primary contact Pat Buyer. */
    public static Account account(String csmId, String contactEmail) {
        Account account = new Account();
        account.accountId = "acct-1";
        account.name = "Acme";
        account.tier = Tier.PREMIUM;
        account.arr = new BigDecimal("50000");
        account.aeId = "ae-1";
        account.saId = "sa-1";
        account.csmId = csmId;
        account.contactName = "Pat Buyer";
        account.contactEmail = contactEmail;
        return account;
    }

    /** The account of {@link #account}, at another tier and ARR. */
    public static Account account(String csmId, Tier tier, String arr) {
        Account account = account(csmId, "pat@acme.example");
        account.tier = tier;
        account.arr = new BigDecimal(arr);
        return account;
    }
}
