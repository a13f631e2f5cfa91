package dev.seamless.handoff.trigger;

import static dev.seamless.events.types.PostSalesMoment.CLOSED_WON;
import static dev.seamless.handoff.checklist.HandoffTypes.AE_TO_CSM;
import static dev.seamless.handoff.checklist.HandoffTypes.DIGITAL_ONBOARDING;
import static dev.seamless.handoff.checklist.HandoffTypes.SA_TO_CSM;

import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.PostSalesPath;
import dev.seamless.events.types.Reason;
import dev.seamless.handoff.account.Account;
import dev.seamless.handoff.assignment.HandoffPeople;
import java.util.Map;
import java.util.Optional;

/**
 * An opportunity entering the closed-won stage hands the account over (seed 000 "SA to TAM", seed 002 "Post-Sales
 * Engagement"): a new account (first order) that qualifies for a CSM gets the SA to CSM checklist, one that does not
 * the digital-onboarding preparation. A first order is weighed like the open deal at 5/6 ({@link PreCloseRule}): the
 * account's ARR plus the won deal's IACV (or amount), because a prospect's ARR does not hold its first deal yet. An
 * existing account that now qualifies but has no CSM gets the AE to CSM checklist, weighed by the CRM's ARR, which
 * holds its earlier orders. An existing account with a CSM needs no handoff, and neither does an existing customer
 * below the threshold: it was onboarded with its first order.
 */
public final class ClosedWonRule {

    /** The rule of a decision made before crm.accounts described the account: made again once it does. */
    public static final String ACCOUNT_UNKNOWN = "handoff.closed-won.account-unknown";

    private final OpportunityStages stages;
    private final CsmQualification qualification;

    public ClosedWonRule(OpportunityStages stages, CsmQualification qualification) {
        this.stages = stages;
        this.qualification = qualification;
    }

    /** @param account the projection, empty when crm.accounts has not told us about the account yet */
    public Optional<HandoffPlan> decide(OpportunityStageChanged event, Optional<Account> account) {
        if (!stages.entersClosedWon(event.fromStage(), event.toStage())) {
            return Optional.empty();
        }
        boolean newAccount = event.orderType() == OrderType.FIRST_ORDER;
        Map<String, Object> inputs = DecisionInputs.of(event, qualification);
        HandoffPeople people = new HandoffPeople(event.saId(), null, event.aeId());
        if (account.isEmpty()) {
            return newAccount ? Optional.of(plan(event, DIGITAL_ONBOARDING, people, ACCOUNT_UNKNOWN, "Account "
                    + event.accountId() + " is not known from crm.accounts yet, so it cannot be shown to qualify for a"
                    + " CSM: digital onboarding for now, decided again once the account is known.", inputs,
                    PostSalesChoice.of(CLOSED_WON, PostSalesPath.DIGITAL_ONBOARDING, true)))
                    : Optional.empty();
        }
        Account known = account.get();
        DecisionInputs.addAccount(inputs, known);
        CsmStanding standing = CsmStanding.weigh(known, event, newAccount, qualification, inputs);
        if (newAccount) {
            return Optional.of(standing.qualifies()
                    ? plan(event, SA_TO_CSM, people, "handoff.closed-won.csm-qualified",
                            "New account at " + standing.description() + ": SA to CSM handoff.", inputs,
                            PostSalesChoice.of(CLOSED_WON, PostSalesPath.CSM, false))
                    : plan(event, DIGITAL_ONBOARDING, people, "handoff.closed-won.digital-onboarding",
                            "Closed won, but " + standing.description() + ": digital onboarding.", inputs,
                            PostSalesChoice.of(CLOSED_WON, PostSalesPath.DIGITAL_ONBOARDING, false)));
        }
        if (known.csmId != null || !standing.qualifies()) {
            return Optional.empty();
        }
        return Optional.of(plan(event, AE_TO_CSM, new HandoffPeople(event.aeId(), null, event.aeId()),
                "handoff.closed-won.existing-account-csm-qualified", "Existing account without a CSM now at "
                        + standing.description() + ": AE to CSM handoff, waiting for the CSM to be named.", inputs,
                PostSalesChoice.of(CLOSED_WON, PostSalesPath.CSM, false)));
    }

    private static HandoffPlan plan(OpportunityStageChanged event, String type, HandoffPeople people, String rule,
            String message, Map<String, Object> inputs, PostSalesChoice choice) {
        return new HandoffPlan(event.accountId(), event.opportunityId(), type, people, new Reason(rule, message),
                inputs, choice);
    }
}
