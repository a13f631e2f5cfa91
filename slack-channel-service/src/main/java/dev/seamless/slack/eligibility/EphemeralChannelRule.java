package dev.seamless.slack.eligibility;

import dev.seamless.events.types.OrderType;
import dev.seamless.slack.crm.AccountFacts;
import dev.seamless.slack.crm.OpportunityFacts;
import dev.seamless.slack.crm.OpportunityStages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may have an ephemeral Slack channel (seed 000, seed 001 "Slack channels"): a customer evaluating (a first
 * order) or doing a POV for an upgrade (a growth opportunity with an active POV), during pre-sales only, approved by
 * the SA of the opportunity or of the account.
 */
public final class EphemeralChannelRule {

    private final OpportunityStages stages;
    private final Set<OrderType> evaluationOrderTypes;
    private final Set<OrderType> povOrderTypes;

    public EphemeralChannelRule(OpportunityStages stages, Set<OrderType> evaluationOrderTypes,
            Set<OrderType> povOrderTypes) {
        this.stages = stages;
        this.evaluationOrderTypes = new LinkedHashSet<>(evaluationOrderTypes);
        this.povOrderTypes = new LinkedHashSet<>(povOrderTypes);
    }

    /**
     * @param opportunity the projection of {@code opportunityId}, empty when crm.opportunities has not told us
     */
    public Eligibility decide(AccountFacts account, String opportunityId, Optional<OpportunityFacts> opportunity) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("accountId", account.accountId());
        inputs.put("opportunityId", opportunityId);
        inputs.put("accountSaId", account.saId());
        inputs.put("closedStages", stages.closedStages());
        inputs.put("evaluationOrderTypes", evaluationOrderTypes);
        inputs.put("povOrderTypes", povOrderTypes);

        List<Check> checks = new ArrayList<>();
        if (opportunity.isEmpty()) {
            checks.add(Check.fail("channel.ephemeral.opportunity.known", "Opportunity " + opportunityId
                    + " is not known from crm.opportunities yet, so its stage and purpose cannot be checked."));
            return new Eligibility(false, checks, inputs, null, false);
        }
        OpportunityFacts facts = opportunity.get();
        inputs.put("stage", facts.stage());
        inputs.put("orderType", facts.orderType());
        inputs.put("povActive", facts.povActive());
        inputs.put("opportunitySaId", facts.saId());

        if (!facts.accountId().equals(account.accountId())) {
            checks.add(Check.fail("channel.ephemeral.opportunity.account", "Opportunity " + opportunityId
                    + " belongs to account " + facts.accountId() + ", not " + account.accountId() + "."));
        }
        if (account.closed()) {
            checks.add(Check.fail("channel.account.open", "Account " + account.accountId() + " is closed."));
        }
        checks.add(stages.isClosed(facts.stage())
                ? Check.fail("channel.ephemeral.pre-sales", "Opportunity is closed (" + facts.stage()
                        + "): ephemeral channels are for pre-sales only.")
                : Check.pass("channel.ephemeral.pre-sales", "Opportunity is in pre-sales (" + facts.stage()
                        + ")."));
        checks.add(purposeCheck(facts));
        String approverId = facts.saId() != null ? facts.saId() : account.saId();
        checks.add(Check.pass("channel.ephemeral.approver", approverId != null
                ? "The SA of the opportunity or the account (" + approverId + ") approves."
                : "Neither the opportunity nor the account has an SA yet: the request waits until the CRM names one,"
                        + " who approves."));
        boolean eligible = checks.stream().allMatch(Check::passed);
        return new Eligibility(eligible, checks, inputs, approverId, false);
    }

    private Check purposeCheck(OpportunityFacts facts) {
        if (evaluationOrderTypes.contains(facts.orderType())) {
            return Check.pass("channel.ephemeral.purpose", facts.orderType() + ": the customer is evaluating.");
        }
        if (povOrderTypes.contains(facts.orderType())) {
            return facts.povActive()
                    ? Check.pass("channel.ephemeral.purpose", facts.orderType()
                            + " with an active POV: a POV for an upgrade.")
                    : Check.fail("channel.ephemeral.purpose", facts.orderType()
                            + " without an active POV: ephemeral channels serve an evaluation or a POV for an"
                            + " upgrade.");
        }
        return Check.fail("channel.ephemeral.purpose", facts.orderType() + " is neither an evaluation ("
                + evaluationOrderTypes + ") nor a POV for an upgrade (" + povOrderTypes + " with an active POV).");
    }
}
