package dev.seamless.handoff.trigger;

import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.Reason;
import dev.seamless.events.types.Tier;
import dev.seamless.handoff.account.Account;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An opportunity reaching the closed-won stage hands the account over: a new account that qualifies for a CSM gets
 * the SA to CSM checklist, any other account the digital-onboarding preparation (seed 000 "SA to TAM", seed 002
 * "Post-Sales Engagement").
 */
public final class ClosedWonRule {

    public static final String SA_TO_CSM = "SA_TO_CSM";
    public static final String DIGITAL_ONBOARDING = "DIGITAL_ONBOARDING";

    private final String closedWonStage;
    private final Tier minTier;
    private final BigDecimal minArr;

    public ClosedWonRule(String closedWonStage, Tier minTier, BigDecimal minArr) {
        this.closedWonStage = closedWonStage;
        this.minTier = minTier;
        this.minArr = minArr;
    }

    /** @param account the projection, empty when crm.accounts has not told us about the account yet */
    public Optional<HandoffPlan> decide(OpportunityStageChanged event, Optional<Account> account) {
        if (!closedWonStage.equals(event.toStage())) {
            return Optional.empty();
        }
        String saId = event.saId() != null ? event.saId() : account.map(a -> a.saId).orElse(null);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("opportunityId", event.opportunityId());
        inputs.put("orderType", event.orderType());
        inputs.put("minTier", minTier);
        inputs.put("minArr", minArr);
        if (account.isEmpty()) {
            return Optional.of(new HandoffPlan(event.accountId(), DIGITAL_ONBOARDING, saId, null, event.aeId(),
                    new Reason("handoff.closed-won.account-unknown", "Account " + event.accountId()
                            + " is not known from crm.accounts yet, so it cannot be shown to qualify for a CSM:"
                            + " digital onboarding."),
                    inputs));
        }
        Account known = account.get();
        inputs.put("tier", known.tier);
        inputs.put("arr", known.arr);
        boolean newAccount = event.orderType() == OrderType.FIRST_ORDER;
        boolean qualifies = known.tier.isAtLeast(minTier) && known.arr.compareTo(minArr) >= 0;
        if (newAccount && qualifies) {
            return Optional.of(new HandoffPlan(event.accountId(), SA_TO_CSM, saId, known.csmId, event.aeId(),
                    new Reason("handoff.closed-won.csm-qualified", "New account at tier " + known.tier
                            + " with ARR " + known.arr.toPlainString() + " meets the CSM threshold (tier "
                            + minTier + "+, ARR " + minArr.toPlainString() + "+): SA to CSM handoff."),
                    inputs));
        }
        String why = newAccount
                ? "tier " + known.tier + " with ARR " + known.arr.toPlainString() + " is below the CSM threshold (tier "
                        + minTier + "+, ARR " + minArr.toPlainString() + "+)"
                : "order type " + event.orderType() + " is not a new account";
        return Optional.of(new HandoffPlan(event.accountId(), DIGITAL_ONBOARDING, saId, known.csmId, event.aeId(),
                new Reason("handoff.closed-won.digital-onboarding", "Closed won, but " + why
                        + ": digital onboarding."),
                inputs));
    }
}
