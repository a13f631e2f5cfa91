package dev.seamless.notification.journey;

import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.types.Reason;
import dev.seamless.notification.delivery.PlannedEmail;
import dev.seamless.notification.delivery.Recipient;
import dev.seamless.notification.directory.Account;
import dev.seamless.notification.directory.Recipients;
import dev.seamless.notification.journey.CsmQualification.Standing;
import dev.seamless.notification.support.SupportPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * At closed won, an account without a CSM that does not qualify for one gets the digital-onboarding email: to its
 * primary contact, the AE in copy (seed 002 "Post-Sales Engagement": contacts receive digital onboarding emails when
 * the deal closes). It is measured as handoff-service measures it at Closed Won ({@link CsmQualification}: a first
 * order's won deal counts towards the ARR). An account with a CSM gets none: its CSM was introduced at Negotiating /
 * Awaiting Signature and runs the onboarding; nor does one that qualifies without a CSM yet: it is due a CSM, and
 * {@link CsmIntroductionRule} records its missing introduction.
 */
public final class ClosedWonEmailRule {

    public static final String DIGITAL_ONBOARDING = "digital-onboarding";

    private final String closedWonStage;
    private final CsmQualification qualification;
    private final SupportPolicy support;

    public ClosedWonEmailRule(String closedWonStage, CsmQualification qualification, SupportPolicy support) {
        this.closedWonStage = closedWonStage;
        this.qualification = qualification;
        this.support = support;
    }

    /** @param account the projection, empty while crm.accounts has not described the account */
    public Optional<PlannedEmail> decide(OpportunityStageChanged event, Optional<Account> account,
            Recipients recipients) {
        if (!closedWonStage.equals(event.toStage())) {
            return Optional.empty();
        }
        if (account.isPresent() && account.get().csmId != null) {
            return Optional.empty();
        }
        Optional<Standing> standing = account.map(known -> qualification.atClosedWon(known, event));
        if (standing.isPresent() && standing.get().qualifies()) {
            return Optional.empty();
        }
        Recipient contact = account.isPresent()
                ? Recipients.contact(account.get().contactName, account.get().contactEmail,
                        "crm.accounts names no primary contact email for account " + event.accountId())
                : Recipients.contact(null, null, "account " + event.accountId() + " is not known from crm.accounts");
        Recipient ae = recipients.person("AE", event.aeId());

        Map<String, Object> values = new LinkedHashMap<>(support.templateValues());
        values.put("accountName", account.map(Account::displayName).orElse(event.accountId()));
        values.put("contactName", contact.name());
        values.put("aeName", ae.name());

        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("opportunityId", event.opportunityId());
        inputs.put("orderType", event.orderType());
        inputs.put("toStage", event.toStage());
        inputs.put("closedWonStage", closedWonStage);
        inputs.put("accountKnown", account.isPresent());
        inputs.put("iacv", event.iacv());
        inputs.put("amount", event.amount());
        standing.ifPresent(known -> known.addTo(inputs));
        inputs.put("csmId", null);
        inputs.put("aeId", event.aeId());
        String why = standing.map(known -> "account " + event.accountId() + " has no CSM and at "
                + known.describe() + " does not qualify for one")
                .orElse("account " + event.accountId() + " is not known from crm.accounts, so it cannot be shown to"
                        + " qualify for a CSM");
        return Optional.of(new PlannedEmail(event.accountId(), DIGITAL_ONBOARDING, "opportunity:" + event.opportunityId(),
                contact, List.of(ae), values, new Reason("notification.closed-won.digital-onboarding",
                        "Opportunity " + event.opportunityId() + " reached " + event.toStage() + " and " + why
                                + ": digital-onboarding email to the primary contact, AE in copy."),
                inputs));
    }
}
