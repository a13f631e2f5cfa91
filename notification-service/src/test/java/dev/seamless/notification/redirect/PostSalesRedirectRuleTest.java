package dev.seamless.notification.redirect;

import static dev.seamless.notification.RuleFixtures.SUPPORT;
import static dev.seamless.notification.RuleFixtures.account;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.events.support.CustomerInquiryReceived;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.Reason;
import dev.seamless.events.types.Tier;
import dev.seamless.notification.delivery.PlannedEmail;
import dev.seamless.notification.delivery.Recipient;
import dev.seamless.notification.directory.Account;
import dev.seamless.notification.directory.Opportunity;
import dev.seamless.notification.directory.PeopleFixture;
import dev.seamless.notification.directory.Person;
import dev.seamless.notification.directory.Recipients;
import dev.seamless.notification.redirect.PostSalesRedirectRule.Authorisation;
import dev.seamless.notification.redirect.PostSalesRedirectRule.Eligibility;
import dev.seamless.notification.redirect.PostSalesRedirectRule.Redirect;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostSalesRedirectRuleTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-23T10:00:00Z");
    private static final CustomerInquiryReceived INQUIRY = new CustomerInquiryReceived("acct-1", "pat@acme.example",
            "Pat Buyer", "Runner question", "sa-1");

    /** Account acct-1, whose SA is sa-1. */
    private static final Optional<Account> KNOWN = Optional.of(account(null, "pat@acme.example"));

    private final PostSalesRedirectRule rule = rule(false);
    private final Recipients recipients = PeopleFixture.team().recipients();

    @Test
    void anInquiryToTheSaAfterTheDealWasWonIsRedirected() {
        Eligibility eligibility = rule.eligibility(INQUIRY, person(PersonRole.SA), KNOWN,
                List.of(opportunity("opp-1", "Closed Won"), opportunity("opp-0", "8-Closed Lost")), Optional.empty(),
                NOW);

        assertThat(eligibility.redirect()).isTrue();
        assertThat(eligibility.reason().rule()).isEqualTo("post-sales.inquiry.deal-closed");
        assertThat(eligibility.inputs()).containsEntry("receiverRole", PersonRole.SA);
    }

    @Test
    void anOpenOpportunityKeepsTheAccountInPreSales() {
        Eligibility eligibility = rule.eligibility(INQUIRY, person(PersonRole.SA), KNOWN,
                List.of(opportunity("opp-1", "Closed Won"), opportunity("opp-2", "5-Negotiating")), Optional.empty(),
                NOW);

        assertThat(eligibility.redirect()).isFalse();
        assertThat(eligibility.reason().rule()).isEqualTo("post-sales.inquiry.deal-open");
        assertThat(eligibility.reason().message()).contains("opp-2 (5-Negotiating)");
    }

    @Test
    void anAccountThatNeverWonADealIsNotACustomer() {
        assertThat(rule.eligibility(INQUIRY, person(PersonRole.SA), KNOWN,
                List.of(opportunity("opp-1", "8-Closed Lost")),
                Optional.empty(), NOW).reason().rule()).isEqualTo("post-sales.inquiry.no-won-deal");
        assertThat(rule.eligibility(INQUIRY, person(PersonRole.SA), KNOWN, List.of(), Optional.empty(), NOW).redirect())
                .isFalse();
    }

    @Test
    void anInquiryToSomeoneOtherThanAnSaIsNotRedirected() {
        Eligibility toCsm = rule.eligibility(INQUIRY, person(PersonRole.CSM), KNOWN,
                List.of(opportunity("opp-1", "Closed Won")), Optional.empty(), NOW);
        Eligibility toUnknown = rule.eligibility(INQUIRY, Optional.empty(), KNOWN,
                List.of(opportunity("opp-1", "Closed Won")), Optional.empty(), NOW);

        assertThat(toCsm.redirect()).isFalse();
        assertThat(toCsm.reason().rule()).isEqualTo("post-sales.inquiry.not-to-an-sa");
        assertThat(toUnknown.reason().message()).contains("not in the people directory");
    }

    @Test
    void aContactRedirectedWithinTheCooldownIsNotRedirectedAgain() {
        Eligibility justInside = rule.eligibility(INQUIRY, person(PersonRole.SA), KNOWN,
                List.of(opportunity("opp-1", "Closed Won")), Optional.of(NOW.minusDays(7).plusSeconds(1)), NOW);

        assertThat(justInside.redirect()).isFalse();
        assertThat(justInside.reason().rule()).isEqualTo("post-sales.inquiry.recently-redirected");
    }

    @Test
    void onceTheCooldownHasPassedTheContactIsRedirectedAgain() {
        assertThat(rule.eligibility(INQUIRY, person(PersonRole.SA), KNOWN, List.of(opportunity("opp-1", "Closed Won")),
                Optional.of(NOW.minusDays(7)), NOW).redirect()).isTrue();
    }

    @Test
    void anAccountWithACsmGetsTheTemplateThatCopiesTheCsmAndTheAe() {
        PlannedEmail email = rule.plan(redirect("Thanks for the great workshop!"),
                Optional.of(account("csm-1", "primary@acme.example")), recipients);

        assertThat(email.template()).isEqualTo("post-sales-redirect-with-csm");
        assertThat(email.to().email()).isEqualTo("pat@acme.example");
        assertThat(email.cc()).extracting(Recipient::email)
                .containsExactly("casey@seamless.example", "alex@seamless.example");
        assertThat(email.reason().rule()).isEqualTo("post-sales.redirect.with-csm");
        assertThat(email.values()).containsEntry("csmName", "Casey Success").containsEntry("saName", "Sam Architect")
                .containsEntry("note", "Thanks for the great workshop!")
                .containsEntry("supportLevel", "Priority")
                .containsEntry("supportResponseTime", "within 8 business hours");
        assertThat(email.inputs()).containsEntry("trigger", "post-sales.inquiry.deal-closed")
                .containsEntry("csmId", "csm-1").containsEntry("personalNote", true);
    }

    @Test
    void anAccountWithoutACsmGetsTheTemplateThatCopiesTheAe() {
        PlannedEmail email = rule.plan(redirect(" "), Optional.of(account(null, "primary@acme.example")),
                recipients);

        assertThat(email.template()).isEqualTo("post-sales-redirect-without-csm");
        assertThat(email.cc()).extracting(Recipient::email).containsExactly("alex@seamless.example");
        assertThat(email.reason().rule()).isEqualTo("post-sales.redirect.without-csm");
        assertThat(email.values()).containsEntry("note", null);
        assertThat(email.problems()).isEmpty();
    }

    @Test
    void anUnknownAccountHasNoKnownAeSoTheRedirectionIsPlannedWithThatProblem() {
        PlannedEmail email = rule.plan(redirect(null), Optional.empty(), recipients);

        assertThat(email.template()).isEqualTo("post-sales-redirect-without-csm");
        assertThat(email.problems()).containsExactly(
                "account acct-1 is not known from crm.accounts, so its AE is not known");
    }

    /** Won and every lost stage close an opportunity; any other stage, even one named like a lost one, is open. */
    @ParameterizedTest
    @CsvSource({ "8-Closed Lost, true", "9-Unqualified, true", "10-Duplicate, true", "Closed Lost, false",
            "7-Closing, false" })
    void theWonAndTheLostStagesCloseAnOpportunity(String stage, boolean closed) {
        Eligibility eligibility = rule.eligibility(INQUIRY, person(PersonRole.SA), KNOWN,
                List.of(opportunity("opp-1", "Closed Won"), opportunity("opp-2", stage)), Optional.empty(), NOW);

        assertThat(eligibility.redirect()).isEqualTo(closed);
        assertThat(eligibility.inputs()).containsEntry("closedWonStage", "Closed Won")
                .containsEntry("closedLostStages", List.of("10-Duplicate", "8-Closed Lost", "9-Unqualified"));
    }

    @Test
    void theAccountsSaMayRedirectItsContactsInTheirOwnName() {
        Authorisation authorisation = rule.authorise("sa-1", false, account(null, "pat@acme.example"), List.of());

        assertThat(authorisation.allowed()).isTrue();
        assertThat(authorisation.signedBy()).isEqualTo("sa-1");
        assertThat(authorisation.reason().rule()).isEqualTo("post-sales.request.account-sa");
    }

    @Test
    void theSaOfOneOfItsOpportunitiesMayToo() {
        Authorisation authorisation = rule.authorise("sa-2", false, account(null, "pat@acme.example"),
                List.of(opportunity("opp-1", "Closed Won"), opportunity("opp-2", "Closed Won", "sa-2")));

        assertThat(authorisation.allowed()).isTrue();
        assertThat(authorisation.signedBy()).isEqualTo("sa-2");
        assertThat(authorisation.reason().message()).isEqualTo("sa-2 is the SA of opportunity opp-2 of account"
                + " acct-1.");
    }

    @Test
    void anyOtherSaIsRefusedWithTheReason() {
        Authorisation authorisation = rule.authorise("sa-9", false, account(null, "pat@acme.example"),
                List.of(opportunity("opp-2", "Closed Won", "sa-2")));

        assertThat(authorisation.allowed()).isFalse();
        assertThat(authorisation.reason().rule()).isEqualTo("post-sales.request.not-the-accounts-sa");
        assertThat(authorisation.reason().message()).isEqualTo("sa-9 is neither the SA of account acct-1 (sa-1) nor"
                + " the SA of any of its opportunities: only they, or an ADMIN, may redirect its contacts.");
    }

    @Test
    void anAdminActsForAnyAccountInTheNameOfItsSa() {
        Authorisation forTeam = rule.authorise("admin-1", true, account(null, "pat@acme.example"), List.of());
        Account withoutSa = account(null, "pat@acme.example");
        withoutSa.saId = null;
        Authorisation withoutAnSa = rule.authorise("admin-1", true, withoutSa, List.of());

        assertThat(forTeam.allowed()).isTrue();
        assertThat(forTeam.signedBy()).isEqualTo("sa-1");
        assertThat(forTeam.reason().rule()).isEqualTo("post-sales.request.admin");
        assertThat(withoutAnSa.allowed()).isTrue();
        assertThat(withoutAnSa.signedBy()).isNull();
        assertThat(withoutAnSa.reason().message()).endsWith("which has no SA.");
    }

    @Test
    void anInquiryToAnSaWhoIsNotTheAccountsNorAnOpportunitysIsNotRedirected() {
        CustomerInquiryReceived toAnotherSa = new CustomerInquiryReceived("acct-1", "pat@acme.example", "Pat Buyer",
                "Runner question", "sa-9");
        Eligibility eligibility = rule.eligibility(toAnotherSa, person("sa-9", PersonRole.SA), KNOWN,
                List.of(opportunity("opp-1", "Closed Won", "sa-2")), Optional.empty(), NOW);

        assertThat(eligibility.redirect()).isFalse();
        assertThat(eligibility.reason().rule()).isEqualTo("post-sales.inquiry.not-the-accounts-sa");
        assertThat(eligibility.reason().message()).contains("neither the SA of account acct-1 (sa-1)");
        assertThat(eligibility.inputs()).containsEntry("accountSaId", "sa-1")
                .containsEntry("opportunitySaIds", List.of("sa-2"));
    }

    @Test
    void anInquiryToTheSaOfOneOfTheAccountsOpportunitiesIsRedirected() {
        CustomerInquiryReceived toOpportunitySa = new CustomerInquiryReceived("acct-1", "pat@acme.example",
                "Pat Buyer", "Runner question", "sa-2");

        assertThat(rule.eligibility(toOpportunitySa, person("sa-2", PersonRole.SA), KNOWN,
                List.of(opportunity("opp-1", "Closed Won", "sa-2")), Optional.empty(), NOW).redirect()).isTrue();
    }

    @Test
    void theRedirectionRepliesToTheSaItSpeaksForAndCopiesTheSaOnlyWhenConfigured() {
        PlannedEmail notCopied = rule.plan(redirect(null), KNOWN, recipients);
        PlannedEmail copied = rule(true).plan(redirect(null), KNOWN, recipients);

        assertThat(notCopied.replyTo().email()).isEqualTo("sam@seamless.example");
        assertThat(notCopied.cc()).extracting(Recipient::email).containsExactly("alex@seamless.example");
        assertThat(notCopied.inputs()).containsEntry("replyTo", "sam@seamless.example")
                .containsEntry("saCopied", false);
        assertThat(copied.replyTo().email()).isEqualTo("sam@seamless.example");
        assertThat(copied.cc()).extracting(Recipient::email)
                .containsExactly("sam@seamless.example", "alex@seamless.example");
    }

    @Test
    void aRedirectionWithoutAnSaRepliesToTheSendingMailbox() {
        Redirect unsigned = new Redirect("acct-1", "Pat Buyer", "pat@acme.example", null, null, null, null,
                new Reason("post-sales.request.by-sa", "Asked."), Map.of());

        PlannedEmail email = rule(true).plan(unsigned, KNOWN, recipients);

        assertThat(email.replyTo()).isNull();
        assertThat(email.cc()).extracting(Recipient::email).containsExactly("alex@seamless.example");
        assertThat(email.problems()).isEmpty();
    }

    /** The support sentence follows the account's tier; an unknown account is told the seed's Standard Support. */
    @ParameterizedTest
    @CsvSource({ "FREE, Community, from the community forum",
            "STARTER, Standard, 'by the next business day, Monday to Friday'",
            "PREMIUM, Priority, within 8 business hours" })
    void theSupportLevelAndResponseTimeAreThoseOfTheAccountsTier(Tier tier, String level, String responseTime) {
        PlannedEmail email = rule.plan(redirect(null), Optional.of(account(null, tier, "0")), recipients);

        assertThat(email.values()).containsEntry("supportLevel", level)
                .containsEntry("supportResponseTime", responseTime);
        assertThat(email.inputs()).containsEntry("supportTier", tier);
        assertThat(rule.plan(redirect(null), Optional.empty(), recipients).values())
                .containsEntry("supportLevel", "Standard");
    }

    private static PostSalesRedirectRule rule(boolean copySa) {
        return new PostSalesRedirectRule("Closed Won", Set.of("8-Closed Lost", "9-Unqualified", "10-Duplicate"),
                Duration.ofDays(7), SUPPORT, copySa);
    }

    private static Redirect redirect(String note) {
        return new Redirect("acct-1", "Pat Buyer", "pat@acme.example", "Runner question", "sa-1", note, null,
                new Reason("post-sales.inquiry.deal-closed", "Deal closed."), Map.of());
    }

    private static Optional<Person> person(PersonRole role) {
        return person("sa-1", role);
    }

    private static Optional<Person> person(String personId, PersonRole role) {
        Person person = new Person();
        person.personId = personId;
        person.role = role;
        return Optional.of(person);
    }

    private static Opportunity opportunity(String id, String stage) {
        return opportunity(id, stage, "sa-1");
    }

    private static Opportunity opportunity(String id, String stage, String saId) {
        Opportunity opportunity = new Opportunity();
        opportunity.opportunityId = id;
        opportunity.accountId = "acct-1";
        opportunity.stage = stage;
        opportunity.saId = saId;
        return opportunity;
    }
}
