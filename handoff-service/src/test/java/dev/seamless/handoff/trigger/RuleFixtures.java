package dev.seamless.handoff.trigger;

import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.Tier;
import dev.seamless.handoff.account.Account;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** Accounts and stage changes for the opportunity rules' unit tests. */
final class RuleFixtures {

    static final OpportunityStages STAGES = new OpportunityStages("Closed Won",
            Set.of("5-Negotiating", "6-Awaiting Signature"), Set.of("8-Closed Lost"));
    static final CsmQualification PREMIUM_50K = new CsmQualification(Tier.PREMIUM, new BigDecimal("50000"));

    private RuleFixtures() {
    }

    static Account account(Tier tier, String arr, String csmId) {
        Account account = new Account();
        account.accountId = "acct-1";
        account.tier = tier;
        account.arr = new BigDecimal(arr);
        account.iacv = BigDecimal.ZERO;
        account.aeId = "ae-1";
        account.saId = "sa-account";
        account.csmId = csmId;
        return account;
    }

    static OpportunityStageChanged stageChange(OrderType orderType, String from, String to, String iacv) {
        return new OpportunityStageChanged("opp-1", "acct-1", "Deal", orderType, from, to, new BigDecimal("70000"),
                iacv == null ? null : new BigDecimal(iacv), LocalDate.of(2026, 12, 18), "ae-1", "sa-1", false, null, null);
    }
}
