package dev.seamless.notification.journey;

import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.types.Reason;
import dev.seamless.events.types.Tier;
import dev.seamless.notification.delivery.PlannedEmail;
import dev.seamless.notification.delivery.Recipient;
import dev.seamless.notification.directory.Account;
import dev.seamless.notification.directory.Recipients;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When an opportunity enters Negotiating or Awaiting Signature, an account that qualifies for a CSM (tier and ARR at
 * or above the thresholds) is introduced to its CSM: an email to the primary contact with the CSM and the AE in copy
 * (seed 002 "Post-Sales Engagement"; thresholds as in handoff-service, from the later CSM thresholds). Once per
 * opportunity: moving on from Negotiating to Awaiting Signature does not introduce the CSM again. A qualifying
 * account without a CSM yet is planned with that problem, so the missed introduction is recorded as failed.
 */
public final class CsmIntroductionRule {

    public static final String CSM_INTRODUCTION = "csm-introduction";

    private final Set<String> introductionStages;
    private final Tier minTier;
    private final BigDecimal minArr;

    public CsmIntroductionRule(Set<String> introductionStages, Tier minTier, BigDecimal minArr) {
        this.introductionStages = Set.copyOf(introductionStages);
        this.minTier = minTier;
        this.minArr = minArr;
    }

    /** @param account the projection; an account crm.accounts has not described cannot be shown to qualify */
    public Optional<PlannedEmail> decide(OpportunityStageChanged event, Optional<Account> account,
            Recipients recipients) {
        if (!introductionStages.contains(event.toStage()) || account.isEmpty() || !qualifies(account.get())) {
            return Optional.empty();
        }
        Account known = account.get();
        Recipient contact = Recipients.contact(known.contactName, known.contactEmail,
                "crm.accounts names no primary contact email for account " + known.accountId);
        Recipient csm = known.csmId != null ? recipients.person("CSM", known.csmId)
                : Recipient.unresolved("CSM", null, null, "account " + known.accountId
                        + " qualifies for a CSM introduction but has no CSM assigned yet (crm.accounts)");
        Recipient ae = recipients.person("AE", event.aeId());

        Map<String, Object> values = new LinkedHashMap<>();
        values.put("accountName", known.displayName());
        values.put("contactName", contact.name());
        values.put("csmName", csm.name());
        values.put("aeName", ae.name());

        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("opportunityId", event.opportunityId());
        inputs.put("toStage", event.toStage());
        inputs.put("introductionStages", introductionStages.stream().sorted().toList());
        inputs.put("tier", known.tier);
        inputs.put("arr", known.arr);
        inputs.put("minTier", minTier);
        inputs.put("minArr", minArr);
        inputs.put("csmId", known.csmId);
        inputs.put("aeId", event.aeId());
        return Optional.of(new PlannedEmail(known.accountId, CSM_INTRODUCTION, "opportunity:" + event.opportunityId(),
                contact, List.of(csm, ae), values, new Reason("notification.csm-introduction.qualified",
                        "Opportunity " + event.opportunityId() + " entered " + event.toStage() + " and the account"
                                + " qualifies for a CSM (tier " + known.tier + ", ARR " + known.arr.toPlainString()
                                + "; threshold tier " + minTier + "+ and ARR " + minArr.toPlainString()
                                + "+): CSM introduction to the primary contact, CSM and AE in copy."),
                inputs));
    }

    private boolean qualifies(Account account) {
        return account.tier != null && account.arr != null && account.tier.isAtLeast(minTier)
                && account.arr.compareTo(minArr) >= 0;
    }
}
