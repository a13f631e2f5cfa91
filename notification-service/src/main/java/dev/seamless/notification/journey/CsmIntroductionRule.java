package dev.seamless.notification.journey;

import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.types.Reason;
import dev.seamless.notification.delivery.PlannedEmail;
import dev.seamless.notification.delivery.Recipient;
import dev.seamless.notification.directory.Account;
import dev.seamless.notification.directory.Recipients;
import dev.seamless.notification.journey.CsmQualification.Standing;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When an opportunity enters Negotiating or Awaiting Signature, an account that qualifies for a CSM is introduced to
 * its CSM: an email to the primary contact with the CSM and the AE in copy (seed 002 "Post-Sales Engagement"). It is
 * measured as handoff-service measures it ({@link CsmQualification}): a new customer qualifies through the deal it is
 * about to sign. Once per opportunity: moving on from Negotiating to Awaiting Signature does not introduce the CSM
 * again. A qualifying account without a CSM yet is planned with that problem, so the missed introduction is recorded
 * as failed (and made up when a later event of the opportunity finds a CSM). The same holds at Closed Won for an
 * account without a CSM that qualifies there: it gets the (failed) introduction instead of digital onboarding.
 */
public final class CsmIntroductionRule {

    public static final String CSM_INTRODUCTION = "csm-introduction";

    private final Set<String> introductionStages;
    private final String closedWonStage;
    private final CsmQualification qualification;

    public CsmIntroductionRule(Set<String> introductionStages, String closedWonStage,
            CsmQualification qualification) {
        this.introductionStages = Set.copyOf(introductionStages);
        this.closedWonStage = closedWonStage;
        this.qualification = qualification;
    }

    /** @param account the projection; an account crm.accounts has not described cannot be shown to qualify */
    public Optional<PlannedEmail> decide(OpportunityStageChanged event, Optional<Account> account,
            Recipients recipients) {
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Account known = account.get();
        if (introductionStages.contains(event.toStage())) {
            Standing standing = qualification.beforeClose(known, event);
            return standing.qualifies() ? Optional.of(plan(event, known, standing, recipients,
                    new Reason("notification.csm-introduction.qualified", "Opportunity " + event.opportunityId()
                            + " entered " + event.toStage() + " and the account qualifies for a CSM ("
                            + standing.describe() + "): CSM introduction to the primary contact, CSM and AE in copy.")))
                    : Optional.empty();
        }
        if (closedWonStage.equals(event.toStage()) && known.csmId == null) {
            Standing standing = qualification.atClosedWon(known, event);
            return standing.qualifies() ? Optional.of(plan(event, known, standing, recipients,
                    new Reason("notification.csm-introduction.closed-won-without-csm", "Opportunity "
                            + event.opportunityId() + " reached " + event.toStage() + " and the account qualifies"
                            + " for a CSM (" + standing.describe() + ") but has none assigned: no digital"
                            + " onboarding; its CSM introduction is due and recorded as failed until a CSM is"
                            + " named.")))
                    : Optional.empty();
        }
        return Optional.empty();
    }

    private PlannedEmail plan(OpportunityStageChanged event, Account account, Standing standing,
            Recipients recipients, Reason reason) {
        Recipient contact = Recipients.contact(account.contactName, account.contactEmail,
                "crm.accounts names no primary contact email for account " + account.accountId);
        Recipient csm = account.csmId != null ? recipients.person("CSM", account.csmId)
                : Recipient.unresolved("CSM", null, null, "account " + account.accountId
                        + " qualifies for a CSM introduction but has no CSM assigned yet (crm.accounts)");
        Recipient ae = recipients.person("AE", event.aeId());

        Map<String, Object> values = new LinkedHashMap<>();
        values.put("accountName", account.displayName());
        values.put("contactName", contact.name());
        values.put("csmName", csm.name());
        values.put("aeName", ae.name());

        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("opportunityId", event.opportunityId());
        inputs.put("orderType", event.orderType());
        inputs.put("toStage", event.toStage());
        inputs.put("introductionStages", introductionStages.stream().sorted().toList());
        inputs.put("iacv", event.iacv());
        inputs.put("amount", event.amount());
        standing.addTo(inputs);
        inputs.put("csmId", account.csmId);
        inputs.put("aeId", event.aeId());
        return new PlannedEmail(account.accountId, CSM_INTRODUCTION, "opportunity:" + event.opportunityId(), contact,
                List.of(csm, ae), values, reason, inputs);
    }
}
