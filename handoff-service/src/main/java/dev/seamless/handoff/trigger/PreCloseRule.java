package dev.seamless.handoff.trigger;

import static dev.seamless.handoff.checklist.HandoffTypes.PRE_TO_POST_SALES_CSM_INTRO;
import static dev.seamless.handoff.checklist.HandoffTypes.PRE_TO_POST_SALES_DIGITAL_ONBOARDING;

import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.Reason;
import dev.seamless.handoff.account.Account;
import dev.seamless.handoff.assignment.HandoffPeople;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Seed 002 "Post-Sales Engagement": as an opportunity enters Negotiating or Awaiting Signature, the SA and AE begin
 * introducing the customer to a CSM when the account meets the CSM threshold, or else begin preparing the contacts
 * for the digital onboarding emails sent at closing. An account that has a CSM already needs neither; an existing
 * customer below the threshold was onboarded with its first order. The deal is not booked yet, so (configurably) its
 * IACV, or its amount when the CRM gives no IACV, counts towards the account's ARR.
 */
public final class PreCloseRule {

    private final OpportunityStages stages;
    private final CsmQualification qualification;
    private final boolean countOpenDeal;

    public PreCloseRule(OpportunityStages stages, CsmQualification qualification, boolean countOpenDeal) {
        this.stages = stages;
        this.qualification = qualification;
        this.countOpenDeal = countOpenDeal;
    }

    public Optional<HandoffPlan> decide(OpportunityStageChanged event, Optional<Account> account) {
        if (!stages.entersPreClose(event.fromStage(), event.toStage())) {
            return Optional.empty();
        }
        boolean newAccount = event.orderType() == OrderType.FIRST_ORDER;
        Map<String, Object> inputs = DecisionInputs.of(event, qualification);
        if (account.isEmpty()) {
            return newAccount ? Optional.of(plan(event, PRE_TO_POST_SALES_DIGITAL_ONBOARDING,
                    "handoff.pre-close.account-unknown", "Account " + event.accountId() + " is not known from"
                            + " crm.accounts yet, so it cannot be shown to qualify for a CSM: prepare the contacts"
                            + " for digital onboarding.", inputs))
                    : Optional.empty();
        }
        Account known = account.get();
        DecisionInputs.addAccount(inputs, known);
        if (known.csmId != null) {
            return Optional.empty();
        }
        BigDecimal deal = event.iacv() != null ? event.iacv() : event.amount();
        BigDecimal arr = countOpenDeal ? known.arr.add(deal) : known.arr;
        inputs.put("dealValueCounted", countOpenDeal ? deal : BigDecimal.ZERO);
        inputs.put("arrWithDeal", arr);
        boolean qualifies = qualification.qualifies(known.tier, arr);
        String standing = "tier " + known.tier + " with ARR " + arr.toPlainString()
                + (countOpenDeal ? " (including this deal's " + deal.toPlainString() + ")" : "")
                + (qualifies ? " meets" : " is below") + " the CSM threshold (" + qualification.threshold() + ")";
        if (qualifies) {
            return Optional.of(plan(event, PRE_TO_POST_SALES_CSM_INTRO, "handoff.pre-close.csm-qualified",
                    "Entering " + event.toStage() + " at " + standing + ": introduce the customer to a CSM.",
                    inputs));
        }
        return newAccount ? Optional.of(plan(event, PRE_TO_POST_SALES_DIGITAL_ONBOARDING,
                "handoff.pre-close.digital-onboarding", "Entering " + event.toStage() + ", new account at " + standing
                        + ": prepare the contacts for digital onboarding.", inputs))
                : Optional.empty();
    }

    private static HandoffPlan plan(OpportunityStageChanged event, String type, String rule, String message,
            Map<String, Object> inputs) {
        return new HandoffPlan(event.accountId(), event.opportunityId(), type,
                new HandoffPeople(event.saId(), null, event.aeId()), new Reason(rule, message), inputs);
    }
}
