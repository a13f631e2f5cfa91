package dev.seamless.handoff.trigger;

import static dev.seamless.handoff.checklist.HandoffTypes.PRE_TO_POST_SALES_CSM_INTRO;
import static dev.seamless.handoff.checklist.HandoffTypes.PRE_TO_POST_SALES_DIGITAL_ONBOARDING;

import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.PostSalesMoment;
import dev.seamless.events.types.PostSalesPath;
import dev.seamless.events.types.Reason;
import dev.seamless.handoff.account.Account;
import dev.seamless.handoff.assignment.HandoffPeople;
import java.util.Map;
import java.util.Optional;

/**
 * Seed 002 "Post-Sales Engagement": as an opportunity enters Negotiating or Awaiting Signature, the SA and AE begin
 * introducing the customer to a CSM when the account meets the CSM threshold, or else begin preparing the contacts
 * for the digital onboarding emails sent at closing. An existing customer with a CSM was introduced to them already,
 * and one below the threshold was onboarded with its first order: neither needs anything. A first order is a new
 * customer who has met nobody yet, even when the CRM names its CSM ahead of the close: it gets the introduction. The deal is not booked yet, so (configurably) its
 * IACV, or its amount when the CRM gives no IACV, counts towards the account's ARR.
 */
public final class PreCloseRule {

    /** The rule of a decision made before crm.accounts described the account: made again once it does. */
    public static final String ACCOUNT_UNKNOWN = "handoff.pre-close.account-unknown";

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
            return newAccount ? Optional.of(plan(event, PRE_TO_POST_SALES_DIGITAL_ONBOARDING, ACCOUNT_UNKNOWN,
                    "Account " + event.accountId() + " is not known from crm.accounts yet, so it cannot be shown to"
                            + " qualify for a CSM: prepare the contacts for digital onboarding for now, decided again"
                            + " once the account is known.", inputs, PostSalesPath.DIGITAL_ONBOARDING, true))
                    : Optional.empty();
        }
        Account known = account.get();
        DecisionInputs.addAccount(inputs, known);
        if (known.csmId != null && !newAccount) {
            return Optional.empty();
        }
        CsmStanding standing = CsmStanding.weigh(known, event, countOpenDeal, qualification, inputs);
        if (standing.qualifies()) {
            return Optional.of(plan(event, PRE_TO_POST_SALES_CSM_INTRO, "handoff.pre-close.csm-qualified",
                    "Entering " + event.toStage() + " at " + standing.description()
                            + ": introduce the customer to a CSM.", inputs, PostSalesPath.CSM, false));
        }
        return newAccount ? Optional.of(plan(event, PRE_TO_POST_SALES_DIGITAL_ONBOARDING,
                "handoff.pre-close.digital-onboarding", "Entering " + event.toStage() + ", new account at "
                        + standing.description() + ": prepare the contacts for digital onboarding.", inputs,
                PostSalesPath.DIGITAL_ONBOARDING, false))
                : Optional.empty();
    }

    private static HandoffPlan plan(OpportunityStageChanged event, String type, String rule, String message,
            Map<String, Object> inputs, PostSalesPath path, boolean provisional) {
        return new HandoffPlan(event.accountId(), event.opportunityId(), type,
                new HandoffPeople(event.saId(), null, event.aeId()), new Reason(rule, message), inputs,
                PostSalesChoice.of(PostSalesMoment.PRE_CLOSE, path, provisional));
    }
}
