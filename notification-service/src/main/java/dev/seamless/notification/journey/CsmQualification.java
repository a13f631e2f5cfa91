package dev.seamless.notification.journey;

import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.Tier;
import dev.seamless.notification.directory.Account;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Whether an account qualifies for a CSM, measured as handoff-service measures it: tier at or above {@code minTier}
 * and ARR at or above {@code minArr}, where the ARR counts the deal the CRM's ARR does not include yet. Before the
 * close (Negotiating, Awaiting Signature) that is the open deal, when {@code countOpenDeal} is set; at Closed Won it is
 * the won deal of a first order (a new customer's ARR is not booked yet). A deal counts with its IACV, or its amount
 * when the CRM gives no IACV. An account crm.accounts has not described (no tier or ARR) cannot be shown to qualify.
 */
public final class CsmQualification {

    /** How an account measured against the threshold, and everything the measure looked at. */
    public record Standing(Tier tier, BigDecimal arr, BigDecimal dealValue, boolean dealCounted,
            BigDecimal measuredArr, boolean qualifies, Tier minTier, BigDecimal minArr) {

        /** For a rule's message: "tier PREMIUM with ARR 0 + this deal's 50000 = 50000 meets the CSM threshold (..)". */
        public String describe() {
            String threshold = "tier " + minTier + " or above and ARR " + minArr.toPlainString() + " or more";
            if (measuredArr == null) {
                return "no tier and ARR known from crm.accounts, so it cannot be shown to meet the CSM threshold ("
                        + threshold + ")";
            }
            String measured = dealCounted ? arr.toPlainString() + " + this deal's " + dealValue.toPlainString()
                    + " = " + measuredArr.toPlainString() : arr.toPlainString();
            return "tier " + tier + " with ARR " + measured + (qualifies ? " meets" : " is below")
                    + " the CSM threshold (" + threshold + ")";
        }

        public void addTo(Map<String, Object> inputs) {
            inputs.put("tier", tier);
            inputs.put("arr", arr);
            inputs.put("dealValue", dealValue);
            inputs.put("dealValueCounted", dealCounted);
            inputs.put("arrWithDeal", measuredArr);
            inputs.put("minTier", minTier);
            inputs.put("minArr", minArr);
            inputs.put("qualifiesForCsm", qualifies);
        }
    }

    private final Tier minTier;
    private final BigDecimal minArr;
    private final boolean countOpenDeal;

    public CsmQualification(Tier minTier, BigDecimal minArr, boolean countOpenDeal) {
        this.minTier = minTier;
        this.minArr = minArr;
        this.countOpenDeal = countOpenDeal;
    }

    /** At Negotiating / Awaiting Signature: the open deal counts when {@code countOpenDeal} is set. */
    public Standing beforeClose(Account account, OpportunityStageChanged deal) {
        return measure(account, deal, countOpenDeal);
    }

    /** At Closed Won: a first order's won deal counts; an existing customer's ARR is the CRM's. */
    public Standing atClosedWon(Account account, OpportunityStageChanged deal) {
        return measure(account, deal, deal.orderType() == OrderType.FIRST_ORDER);
    }

    private Standing measure(Account account, OpportunityStageChanged deal, boolean countDeal) {
        BigDecimal dealValue = deal.iacv() != null ? deal.iacv() : deal.amount();
        if (account.tier == null || account.arr == null) {
            return new Standing(account.tier, account.arr, dealValue, countDeal, null, false, minTier, minArr);
        }
        BigDecimal measuredArr = countDeal ? account.arr.add(dealValue) : account.arr;
        boolean qualifies = account.tier.isAtLeast(minTier) && measuredArr.compareTo(minArr) >= 0;
        return new Standing(account.tier, account.arr, dealValue, countDeal, measuredArr, qualifies, minTier, minArr);
    }
}
