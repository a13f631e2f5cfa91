package dev.seamless.slack.eligibility;

import dev.seamless.events.types.Tier;
import dev.seamless.slack.crm.AccountFacts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may have a customer Slack channel (seed 000 "Ongoing Customer Communication", seed 001 "Slack channels"): an
 * existing account at tier Premium (Silver) or above with IACV or ARR of $100k or more, approved by the account's
 * CSM. Documented exceptions (reference customers, early adopters, strategic partners) make an account below the
 * thresholds eligible, with an extra approval.
 */
public final class CustomerChannelRule {

    /** Which revenue figures of the account count towards the threshold; any one reaching it suffices. */
    public enum ValueMeasure {
        IACV, ARR
    }

    private final Tier minTier;
    private final BigDecimal minValue;
    private final Set<ValueMeasure> measures;
    private final String currency;
    private final Set<String> exceptions;
    private final Set<String> exceptionApproverRoles;

    public CustomerChannelRule(Tier minTier, BigDecimal minValue, Set<ValueMeasure> measures, String currency,
            Set<String> exceptions, Set<String> exceptionApproverRoles) {
        if (measures.isEmpty()) {
            throw new IllegalArgumentException("at least one value measure (IACV, ARR) is needed");
        }
        this.minTier = minTier;
        this.minValue = minValue;
        this.measures = new LinkedHashSet<>(measures);
        this.currency = currency;
        this.exceptions = new LinkedHashSet<>(exceptions);
        this.exceptionApproverRoles = new LinkedHashSet<>(exceptionApproverRoles);
    }

    /** The documented exceptions a request may claim. */
    public Set<String> exceptions() {
        return exceptions;
    }

    /** @return whether the account meets the criteria by itself, without an exception */
    public boolean qualifies(AccountFacts account) {
        return decide(account, null).eligible();
    }

    /**
     * @param exception one of {@link #exceptions()} claimed by the requester, or null
     */
    public Eligibility decide(AccountFacts account, String exception) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("accountId", account.accountId());
        inputs.put("tier", account.tier());
        inputs.put("iacv", account.iacv());
        inputs.put("arr", account.arr());
        inputs.put("currency", account.currency());
        inputs.put("csmId", account.csmId());
        inputs.put("minTier", minTier);
        inputs.put("minValue", minValue);
        inputs.put("valueMeasures", measures);
        inputs.put("thresholdCurrency", currency);
        inputs.put("exception", exception);

        List<Check> checks = new ArrayList<>();
        if (!account.known()) {
            checks.add(Check.fail("channel.account.known", "Account " + account.accountId()
                    + " is not known from crm.accounts yet, so its tier and revenue cannot be checked."));
            return new Eligibility(false, checks, inputs, null, false);
        }
        if (account.closed()) {
            checks.add(Check.fail("channel.account.open", "Account " + account.accountId() + " is closed."));
            return new Eligibility(false, checks, inputs, null, false);
        }
        Check tier = tierCheck(account);
        Check value = valueCheck(account);
        checks.add(tier);
        checks.add(value);
        boolean meetsCriteria = tier.passed() && value.passed();
        boolean exceptionApproval = false;
        if (exception != null) {
            if (meetsCriteria) {
                checks.add(Check.pass("channel.customer.exception", "Exception " + exception
                        + " is not needed: the account meets the criteria."));
            } else {
                exceptionApproval = true;
                checks.add(Check.pass("channel.customer.exception", "Exception " + exception
                        + " claimed: eligible despite the criteria above, with an extra approval by "
                        + String.join(" or ", exceptionApproverRoles) + " besides the CSM's."));
            }
        }
        checks.add(Check.pass("channel.customer.approver", account.csmId() != null
                ? "The account's CSM " + account.csmId() + " approves."
                : "The account has no CSM yet: the request waits until the CRM names one, who approves."));
        return new Eligibility(meetsCriteria || exceptionApproval, checks, inputs, account.csmId(),
                exceptionApproval);
    }

    private Check tierCheck(AccountFacts account) {
        if (account.tier().isAtLeast(minTier)) {
            return Check.pass("channel.customer.min-tier", "Tier " + account.tier() + " is " + minTier
                    + " or above.");
        }
        return Check.fail("channel.customer.min-tier", "Tier " + account.tier() + " is below " + minTier + ".");
    }

    private Check valueCheck(AccountFacts account) {
        String threshold = plain(minValue) + " " + currency;
        if (account.currency() != null && !account.currency().equalsIgnoreCase(currency)) {
            return Check.fail("channel.customer.min-value", "Revenue is in " + account.currency()
                    + " but the threshold is " + threshold + ": convert the account's figures first.");
        }
        Map<ValueMeasure, BigDecimal> figures = new LinkedHashMap<>();
        for (ValueMeasure measure : measures) {
            BigDecimal figure = measure == ValueMeasure.IACV ? account.iacv() : account.arr();
            if (figure != null) {
                figures.put(measure, figure);
            }
        }
        Map<ValueMeasure, BigDecimal> reaching = new LinkedHashMap<>(figures);
        reaching.values().removeIf(figure -> figure.compareTo(minValue) < 0);
        if (!reaching.isEmpty()) {
            return Check.pass("channel.customer.min-value", describe(reaching) + " reaches " + threshold + ".");
        }
        return Check.fail("channel.customer.min-value", (figures.isEmpty() ? "No revenue figure" : describe(figures))
                + (figures.size() > 1 ? " are" : " is") + " below " + threshold + ".");
    }

    private static String describe(Map<ValueMeasure, BigDecimal> figures) {
        return figures.entrySet().stream().map(figure -> figure.getKey() + " " + plain(figure.getValue()))
                .collect(Collectors.joining(" and "));
    }

    /** 100000.00 reads as 100000 in a reason. */
    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
