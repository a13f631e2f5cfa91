package dev.seamless.notification;

import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.Tier;
import dev.seamless.notification.directory.Account;
import dev.seamless.notification.support.SupportPolicy;
import java.math.BigDecimal;

/** Inputs for the plain rule tests: account acct-1 of team ae-1 / sa-1 (see PeopleFixture), opportunity opp-1. */
public final class RuleFixtures {

    public static final SupportPolicy SUPPORT = new SupportPolicy("https://support.example", "Standard",
            "by the next business day, Monday to Friday");

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

    /** A first order of IACV 60,000. */
    public static OpportunityStageChanged stage(String from, String to) {
        return deal(from, to, OrderType.FIRST_ORDER, "60000", "60000");
    }

    /** @param iacv {@code null} when the CRM gives none */
    public static OpportunityStageChanged deal(String from, String to, OrderType orderType, String amount,
            String iacv) {
        return new OpportunityStageChanged("opp-1", "acct-1", "First order", orderType, from, to,
                new BigDecimal(amount), iacv == null ? null : new BigDecimal(iacv), null, "ae-1", "sa-1", false, null, null);
    }

    /** The account of {@link #account}, at another tier and ARR. */
    public static Account account(String csmId, Tier tier, String arr) {
        Account account = account(csmId, "pat@acme.example");
        account.tier = tier;
        account.arr = new BigDecimal(arr);
        return account;
    }
}
