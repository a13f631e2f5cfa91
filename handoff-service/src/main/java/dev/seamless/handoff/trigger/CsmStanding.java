package dev.seamless.handoff.trigger;

import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.types.Tier;
import dev.seamless.handoff.account.Account;
import java.math.BigDecimal;
import java.util.Map;

/**
 * How an account stands against the CSM threshold when an opportunity decides its handoff: the tier the deal buys
 * (the account's tier when the CRM does not say), and the account's ARR plus, when the deal counts, the deal's IACV
 * (or its amount when the CRM sends no IACV). A FREE trial buying PREMIUM is weighed as PREMIUM. The opportunity rules weigh it the
 * same way, record what they weighed ({@code dealValueCounted}, {@code arrWithDeal}) and say it in a sentence.
 */
record CsmStanding(boolean qualifies, String description) {

    static CsmStanding weigh(Account account, OpportunityStageChanged deal, boolean countDeal,
            CsmQualification qualification, Map<String, Object> inputs) {
        BigDecimal dealValue = DecisionInputs.money(deal.iacv() != null ? deal.iacv() : deal.amount());
        BigDecimal counted = countDeal ? dealValue : BigDecimal.ZERO;
        BigDecimal arr = DecisionInputs.money(account.arr.add(counted));
        Tier tier = deal.tier() != null ? deal.tier() : account.tier;
        inputs.put("tierWeighed", tier);
        inputs.put("tierSource", deal.tier() != null ? "deal" : "account");
        inputs.put("dealValueCounted", counted);
        inputs.put("arrWithDeal", arr);
        boolean qualifies = qualification.qualifies(tier, arr);
        return new CsmStanding(qualifies, (deal.tier() != null ? "the tier the deal buys, " : "tier ") + tier
                + " with ARR " + arr.toPlainString()
                + (countDeal ? " (including this deal's " + dealValue.toPlainString() + ")" : "")
                + (qualifies ? " meets" : " is below") + " the CSM threshold (" + qualification.threshold() + ")");
    }
}
