package dev.seamless.notification.redirect;

import dev.seamless.events.support.CustomerInquiryReceived;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.Reason;
import dev.seamless.events.types.Tier;
import dev.seamless.notification.delivery.PlannedEmail;
import dev.seamless.notification.delivery.Recipient;
import dev.seamless.notification.directory.Account;
import dev.seamless.notification.directory.Opportunity;
import dev.seamless.notification.directory.Person;
import dev.seamless.notification.directory.Recipients;
import dev.seamless.notification.support.SupportPolicy;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The post-sales redirection of seed 002: a customer who keeps asking the pre-sales SA after the deal closed is
 * pointed to the support portal, with the support level and its response time of the account's tier. Accounts with a
 * CSM get the template that copies the CSM and the AE; accounts without one the template that copies the AE. The
 * email speaks in the SA's voice, so replies go to the SA (Reply-To), and the SA is copied when so configured.
 * <p>
 * An inquiry ({@code CustomerInquiryReceived}) is redirected only when it reached an SA who is the account's SA (or
 * the SA of one of its opportunities: only they may write to the customer in its name), the account has won a deal
 * and has no open opportunity (the deal has closed; an opportunity is open while its stage is neither the won stage
 * nor one of the lost ones), and the contact was not redirected within the cool-down. An SA's own request is always
 * redirected: the seed leaves that judgment to the SA. Only the SA of the account or of one of its opportunities may
 * ask, or an ADMIN, who writes in the name of the account's SA.
 */
public final class PostSalesRedirectRule {

    public static final String WITH_CSM = "post-sales-redirect-with-csm";
    public static final String WITHOUT_CSM = "post-sales-redirect-without-csm";
    public static final Set<String> TEMPLATES = Set.of(WITH_CSM, WITHOUT_CSM);

    /**
     * Whether a caller may redirect the account's contacts, and in whose name the email is signed.
     *
     * @param signedBy the SA the email is signed by, {@code null} when an ADMIN asks for an account without an SA
     */
    public record Authorisation(boolean allowed, String signedBy, Reason reason) {
    }

    /** Whether an inquiry gets a redirection, the rule that decided and what it looked at. */
    public record Eligibility(boolean redirect, Reason reason, Map<String, Object> inputs) {
    }

    /**
     * One redirection to plan: to whom, on behalf of which SA, with the SA's optional personal note, and why.
     *
     * @param occasion see {@link PlannedEmail#occasion()}
     */
    public record Redirect(String accountId, String contactName, String contactEmail, String inquirySubject,
            String saId, String note, String occasion, Reason trigger, Map<String, Object> triggerInputs) {
    }

    private final String closedWonStage;
    private final Set<String> closedLostStages;
    private final Duration inquiryCooldown;
    private final SupportPolicy support;
    private final boolean copySa;

    /** @param copySa whether the SA the email speaks for is copied, besides being its Reply-To */
    public PostSalesRedirectRule(String closedWonStage, Set<String> closedLostStages, Duration inquiryCooldown,
            SupportPolicy support, boolean copySa) {
        this.closedWonStage = closedWonStage;
        this.closedLostStages = Set.copyOf(closedLostStages);
        this.inquiryCooldown = inquiryCooldown;
        this.support = support;
        this.copySa = copySa;
    }

    /**
     * The account's SA, and the SA of any of its opportunities, know the customer and may redirect its contacts; an
     * ADMIN may act for anyone, in the name of the account's SA. Every other caller is refused with the reason.
     *
     * @param opportunities every opportunity of the account known from crm.opportunities
     */
    public Authorisation authorise(String callerId, boolean admin, Account account, List<Opportunity> opportunities) {
        if (callerId.equals(account.saId)) {
            return new Authorisation(true, callerId, new Reason("post-sales.request.account-sa", callerId
                    + " is the SA of account " + account.accountId + "."));
        }
        List<String> ownOpportunities = opportunities.stream()
                .filter(opportunity -> callerId.equals(opportunity.saId))
                .map(opportunity -> opportunity.opportunityId).toList();
        if (!ownOpportunities.isEmpty()) {
            return new Authorisation(true, callerId, new Reason("post-sales.request.opportunity-sa", callerId
                    + " is the SA of opportunity " + String.join(", ", ownOpportunities) + " of account "
                    + account.accountId + "."));
        }
        if (admin) {
            return new Authorisation(true, account.saId, new Reason("post-sales.request.admin", "ADMIN " + callerId
                    + " acts for account " + account.accountId + (account.saId != null
                            ? ", in the name of its SA " + account.saId + "." : ", which has no SA.")));
        }
        return new Authorisation(false, null, new Reason("post-sales.request.not-the-accounts-sa", callerId
                + " is neither the SA of account " + account.accountId + " (" + (account.saId != null
                        ? account.saId : "none") + ") nor the SA of any of its opportunities: only they, or an"
                + " ADMIN, may redirect its contacts."));
    }

    /**
     * @param receiver     the person the inquiry reached, from the directory
     * @param account      the account, empty while crm.accounts has not described it
     * @param opportunities every opportunity of the account known from crm.opportunities
     * @param lastRedirect when this contact of the account was last sent a redirection, if ever
     */
    public Eligibility eligibility(CustomerInquiryReceived inquiry, Optional<Person> receiver,
            Optional<Account> account, List<Opportunity> opportunities, Optional<OffsetDateTime> lastRedirect,
            OffsetDateTime now) {
        String accountSa = account.map(known -> known.saId).orElse(null);
        List<String> opportunitySas = opportunities.stream().map(opportunity -> opportunity.saId)
                .filter(saId -> saId != null).distinct().sorted().toList();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("receivedBy", inquiry.receivedBy());
        inputs.put("receiverRole", receiver.map(person -> person.role).orElse(null));
        inputs.put("accountSaId", accountSa);
        inputs.put("opportunitySaIds", opportunitySas);
        inputs.put("opportunities", opportunities.stream()
                .map(opportunity -> Map.of("opportunityId", opportunity.opportunityId, "stage", opportunity.stage))
                .toList());
        inputs.put("closedWonStage", closedWonStage);
        inputs.put("closedLostStages", closedLostStages.stream().sorted().toList());
        inputs.put("lastRedirectAt", lastRedirect.orElse(null));
        inputs.put("cooldown", inquiryCooldown.toString());
        if (receiver.isEmpty() || receiver.get().role != PersonRole.SA) {
            return new Eligibility(false, new Reason("post-sales.inquiry.not-to-an-sa", "The inquiry reached "
                    + inquiry.receivedBy() + ", who is " + receiver.map(person -> "a " + person.role)
                            .orElse("not in the people directory")
                    + ", not an SA: no post-sales redirection."), inputs);
        }
        if (!inquiry.receivedBy().equals(accountSa) && !opportunitySas.contains(inquiry.receivedBy())) {
            return new Eligibility(false, new Reason("post-sales.inquiry.not-the-accounts-sa",
                    "The inquiry reached SA " + inquiry.receivedBy() + ", who is neither the SA of account "
                    + inquiry.accountId() + " (" + (accountSa != null ? accountSa : "none known") + ") nor of any of its opportunities: only they"
                    + " may redirect its contacts, no post-sales redirection."), inputs);
        }
        List<String> open = opportunities.stream().filter(opportunity -> !isClosed(opportunity.stage))
                .map(opportunity -> opportunity.opportunityId + " (" + opportunity.stage + ")").toList();
        if (!open.isEmpty()) {
            return new Eligibility(false, new Reason("post-sales.inquiry.deal-open", "Account "
                    + inquiry.accountId() + " has open opportunities " + String.join(", ", open)
                    + ": pre-sales help continues, no redirection."), inputs);
        }
        if (opportunities.stream().noneMatch(opportunity -> closedWonStage.equals(opportunity.stage))) {
            return new Eligibility(false, new Reason("post-sales.inquiry.no-won-deal", "Account "
                    + inquiry.accountId() + " has no opportunity in " + closedWonStage
                    + ", so it is not known as a customer: no redirection."), inputs);
        }
        if (lastRedirect.isPresent() && lastRedirect.get().isAfter(now.minus(inquiryCooldown))) {
            return new Eligibility(false, new Reason("post-sales.inquiry.recently-redirected", "Contact "
                    + inquiry.contactEmail() + " was redirected at " + lastRedirect.get() + ", within the cool-down"
                    + " of " + inquiryCooldown + ": not redirected again yet."), inputs);
        }
        return new Eligibility(true, new Reason("post-sales.inquiry.deal-closed", "The inquiry reached SA "
                + inquiry.receivedBy() + " after account " + inquiry.accountId()
                + "'s deal closed (won, no open opportunity): redirected to support."), inputs);
    }

    private boolean isClosed(String stage) {
        return closedWonStage.equals(stage) || closedLostStages.contains(stage);
    }

    /** Chooses the template by whether the account has a CSM and addresses it. */
    public PlannedEmail plan(Redirect redirect, Optional<Account> account, Recipients recipients) {
        String csmId = account.map(known -> known.csmId).orElse(null);
        Recipient contact = Recipients.contact(redirect.contactName(), redirect.contactEmail(),
                "the redirection names no contact email");
        Recipient ae = account.isPresent() ? recipients.person("AE", account.get().aeId)
                : Recipient.unresolved("AE", null, null,
                        "account " + redirect.accountId() + " is not known from crm.accounts, so its AE is not known");
        Recipient sa = recipients.person("SA", redirect.saId());
        List<Recipient> cc = new ArrayList<>();
        if (copySa && redirect.saId() != null) {
            cc.add(sa);
        }
        Recipient csm = null;
        if (csmId != null) {
            csm = recipients.person("CSM", csmId);
            cc.add(csm);
        }
        cc.add(ae);

        Tier tier = account.map(known -> known.tier).orElse(null);
        Map<String, Object> values = new LinkedHashMap<>(support.templateValues(tier));
        values.put("accountName", account.map(Account::displayName).orElse(redirect.accountId()));
        values.put("contactName", contact.name());
        values.put("inquirySubject", redirect.inquirySubject());
        values.put("note", redirect.note() == null || redirect.note().isBlank() ? null : redirect.note().strip());
        values.put("csmName", csm == null ? null : csm.name());
        values.put("aeName", ae.name());
        values.put("saName", sa.name());

        Map<String, Object> inputs = new LinkedHashMap<>(redirect.triggerInputs());
        inputs.put("trigger", redirect.trigger().rule());
        inputs.put("accountKnown", account.isPresent());
        inputs.put("csmId", csmId);
        inputs.put("aeId", account.map(known -> known.aeId).orElse(null));
        inputs.put("saId", redirect.saId());
        inputs.put("replyTo", sa.isResolved() ? sa.email() : null);
        inputs.put("saCopied", copySa && redirect.saId() != null);
        inputs.put("supportTier", tier);
        inputs.put("supportLevel", values.get("supportLevel"));
        inputs.put("personalNote", values.get("note") != null);
        Reason choice = csmId != null
                ? new Reason("post-sales.redirect.with-csm", redirect.trigger().message() + " Account "
                        + redirect.accountId() + " has CSM " + csmId + ": the template that copies the CSM and the AE.")
                : new Reason("post-sales.redirect.without-csm", redirect.trigger().message() + " Account "
                        + redirect.accountId() + " has no CSM: the template that copies the AE.");
        return new PlannedEmail(redirect.accountId(), csmId != null ? WITH_CSM : WITHOUT_CSM, redirect.occasion(),
                contact, cc, sa.isResolved() ? sa : null, values, choice, inputs, null);
    }
}
