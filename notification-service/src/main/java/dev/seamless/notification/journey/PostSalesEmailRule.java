package dev.seamless.notification.journey;

import dev.seamless.events.handoff.HandoffCancelled;
import dev.seamless.events.types.PostSalesMoment;
import dev.seamless.events.types.PostSalesPath;
import dev.seamless.events.types.Reason;
import dev.seamless.events.types.Tier;
import dev.seamless.notification.delivery.PlannedEmail;
import dev.seamless.notification.delivery.Recipient;
import dev.seamless.notification.directory.Account;
import dev.seamless.notification.directory.Recipients;
import dev.seamless.notification.support.SupportPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns handoff-service's post-sales decision into the customer email it calls for (seed 002 "Post-Sales
 * Engagement"). handoff-service owns the decision (CSM or digital onboarding); this rule never weighs the account
 * again, it only addresses and words the email:
 * <ul>
 * <li>a provisional decision sends nothing: the account was not known, a final decision follows;</li>
 * <li>path CSM, at either moment: the CSM introduction to the primary contact, the CSM and the AE in copy, once per
 * opportunity. With no CSM named yet (neither in the decision nor in crm.accounts) it waits for one;</li>
 * <li>path DIGITAL_ONBOARDING at Closed Won: the digital-onboarding email to the primary contact, the AE in copy;
 * before the close nothing is mailed (the SA and the AE prepare the contacts: a handoff checklist).</li>
 * </ul>
 * Either email waits, rather than fails, while crm.accounts has not described the account or its primary contact's
 * address: nothing orders handoff.events against crm.accounts, so the decision may well arrive first.
 */
public final class PostSalesEmailRule {

    public static final String CSM_INTRODUCTION = "csm-introduction";
    public static final String DIGITAL_ONBOARDING = "digital-onboarding";
    public static final String WAITING_FOR_CSM = "waiting for the account's CSM to be named";
    static final String WAITING_FOR_ACCOUNT = "waiting for crm.accounts to describe account ";
    static final String WAITING_FOR_CONTACT = "waiting for crm.accounts to describe the primary contact of account ";
    /** Shown in place of the CSM's name while the introduction waits; it is rendered again once the CSM is named. */
    static final String CSM_TO_BE_NAMED = "(CSM to be named)";

    private final SupportPolicy support;
    private final Set<String> withdrawingCancellations;

    /**
     * @param withdrawingCancellations the rules of a {@code HandoffCancelled} that end the deal's journey, so the
     *                                 emails still waiting on the handoff's decisions are withdrawn
     */
    public PostSalesEmailRule(SupportPolicy support, Set<String> withdrawingCancellations) {
        this.support = support;
        this.withdrawingCancellations = Set.copyOf(withdrawingCancellations);
    }

    /**
     * Why the cancelled handoff withdraws the journey emails still waiting on its decisions; empty when it does not.
     * A handoff cancelled as superseded (handoff.superseded) keeps them: its replacement decision follows and
     * governs them.
     */
    public Optional<String> withdrawalFor(HandoffCancelled cancelled) {
        if (!withdrawingCancellations.contains(cancelled.reason().rule())) {
            return Optional.empty();
        }
        return Optional.of("withdrawn: handoff " + cancelled.handoffId() + " was cancelled ("
                + cancelled.reason().rule() + ": " + cancelled.reason().message() + ")");
    }

    /** Why the decision calls for no email, empty when it calls for one. */
    public static Optional<String> whyNoEmail(PostSalesDecision decision) {
        if (decision.provisional) {
            return Optional.of("the decision is provisional (handoff-service did not know the account yet);"
                    + " nothing is sent until its final decision");
        }
        if (decision.path == PostSalesPath.DIGITAL_ONBOARDING && decision.moment == PostSalesMoment.PRE_CLOSE) {
            return Optional.of("digital onboarding decided before the close: the SA and the AE prepare the contacts"
                    + " (a handoff checklist); the email follows the Closed Won decision");
        }
        return Optional.empty();
    }

    /** @param account the projection, empty while crm.accounts has not described the account */
    public Optional<PlannedEmail> plan(PostSalesDecision decision, Optional<Account> account,
            Recipients recipients) {
        if (whyNoEmail(decision).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(decision.path == PostSalesPath.CSM ? csmIntroduction(decision, account, recipients)
                : digitalOnboarding(decision, account, recipients));
    }

    private PlannedEmail csmIntroduction(PostSalesDecision decision, Optional<Account> account,
            Recipients recipients) {
        String csmId = decision.csmId != null ? decision.csmId : account.map(known -> known.csmId).orElse(null);
        Recipient contact = contact(decision, account);
        Recipient ae = recipients.person("AE", decision.aeId);
        Optional<Recipient> csm = Optional.ofNullable(csmId).map(id -> recipients.person("CSM", id));

        Map<String, Object> values = values(decision, account, contact, ae);
        values.put("csmName", csm.map(Recipient::name).orElse(CSM_TO_BE_NAMED));
        Map<String, Object> inputs = inputs(decision, account);
        inputs.put("csmIntroduced", csmId);
        inputs.put("csmFrom", decision.csmId != null ? "decision" : csmId != null ? "crm.accounts" : null);
        String sending = "CSM introduction to the primary contact, CSM and AE in copy";
        Reason reason = new Reason("notification.post-sales.csm-introduction", decided(decision) + ": " + sending
                + (csm.isPresent() ? "." : "; no CSM is named yet, so it waits until the account's CSM is named."));
        List<Recipient> cc = csm.map(named -> List.of(named, ae)).orElse(List.of(ae));
        List<String> missing = new ArrayList<>(missingFacts(decision, account));
        if (csm.isEmpty()) {
            missing.add(WAITING_FOR_CSM);
        }
        return new PlannedEmail(decision.accountId, CSM_INTRODUCTION, occasion(decision), contact, cc, null, values,
                reason, inputs, waitingFor(missing));
    }

    private PlannedEmail digitalOnboarding(PostSalesDecision decision, Optional<Account> account,
            Recipients recipients) {
        Recipient contact = contact(decision, account);
        Recipient ae = recipients.person("AE", decision.aeId);
        Map<String, Object> values = values(decision, account, contact, ae);
        Optional<Tier> dealTier = tierTheDealBuys(decision);
        Tier supportTier = dealTier.orElseGet(() -> account.map(known -> known.tier).orElse(null));
        values.putAll(support.templateValues(supportTier));
        Map<String, Object> inputs = inputs(decision, account);
        inputs.put("supportTier", supportTier);
        inputs.put("supportTierSource", dealTier.isPresent() ? "deal" : supportTier != null ? "crm.accounts" : null);
        return new PlannedEmail(decision.accountId, DIGITAL_ONBOARDING, occasion(decision), contact, List.of(ae),
                null, values, new Reason("notification.post-sales.digital-onboarding", decided(decision)
                        + ": digital-onboarding email to the primary contact, AE in copy."),
                inputs, waitingFor(missingFacts(decision, account)));
    }

    /**
     * The tier handoff-service weighed when it came from the deal (a FREE trial buying STARTER is told STARTER's
     * support, not FREE's); empty when it weighed the account's tier, or names none this service can read.
     */
    private static Optional<Tier> tierTheDealBuys(PostSalesDecision decision) {
        Map<String, String> weighed = decision.inputMap();
        if (!"deal".equals(weighed.get("tierSource")) || weighed.get("tierWeighed") == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Tier.fromJson(weighed.get("tierWeighed")));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** What crm.accounts has yet to tell before the customer can be mailed: the account, or its contact's address. */
    private static List<String> missingFacts(PostSalesDecision decision, Optional<Account> account) {
        if (account.isEmpty()) {
            return List.of(WAITING_FOR_ACCOUNT + decision.accountId);
        }
        String email = account.get().contactEmail;
        return email == null || email.isBlank() ? List.of(WAITING_FOR_CONTACT + decision.accountId) : List.of();
    }

    private static String waitingFor(List<String> missing) {
        return missing.isEmpty() ? null : String.join("; ", missing);
    }

    /** Once per opportunity, whatever moment decided it; per decision when it names no opportunity. */
    static String occasion(PostSalesDecision decision) {
        return decision.opportunityId != null ? "opportunity:" + decision.opportunityId
                : "post-sales-decision:" + decision.decisionId;
    }

    private static Recipient contact(PostSalesDecision decision, Optional<Account> account) {
        return account.map(known -> Recipients.contact(known.contactName, known.contactEmail,
                "crm.accounts names no primary contact email for account " + decision.accountId))
                .orElseGet(() -> Recipients.contact(null, null,
                        "account " + decision.accountId + " is not known from crm.accounts"));
    }

    private static Map<String, Object> values(PostSalesDecision decision, Optional<Account> account,
            Recipient contact, Recipient ae) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("accountName", account.map(Account::displayName).orElse(decision.accountId));
        values.put("contactName", contact.name());
        values.put("aeName", ae.name());
        return values;
    }

    /** The decision as handoff-service took it: it is theirs, and the email only follows it. */
    private static Map<String, Object> inputs(PostSalesDecision decision, Optional<Account> account) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("decidedBy", "handoff-service");
        inputs.put("decisionId", decision.decisionId);
        inputs.put("decisionRule", decision.rule);
        inputs.put("decisionReason", decision.reason);
        inputs.put("path", decision.path);
        inputs.put("moment", decision.moment);
        inputs.put("supersedesDecisionId", decision.supersedesDecisionId);
        inputs.put("opportunityId", decision.opportunityId);
        inputs.put("handoffId", decision.handoffId);
        inputs.put("aeId", decision.aeId);
        inputs.put("saId", decision.saId);
        inputs.put("csmId", decision.csmId);
        inputs.put("accountKnown", account.isPresent());
        inputs.put("decisionInputs", decision.inputMap());
        return inputs;
    }

    private static String decided(PostSalesDecision decision) {
        return "handoff-service decided " + decision.path + " at " + decision.moment
                + (decision.opportunityId != null ? " for opportunity " + decision.opportunityId : "")
                + " (decision " + decision.decisionId + ", rule " + decision.rule + ": " + decision.reason + ")";
    }
}
