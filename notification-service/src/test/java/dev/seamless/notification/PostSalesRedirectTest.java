package dev.seamless.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.seamless.events.Topics;
import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.support.CustomerInquiryReceived;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.Tier;
import dev.seamless.notification.Mails.Mail;
import dev.seamless.notification.delivery.MailDispatcher;
import dev.seamless.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PostSalesRedirectTest {

    /** What a PREMIUM account (the scenario's default) is told about support. */
    private static final String SUPPORT_SENTENCE = "Your team has Priority Support, so you can expect a first"
            + " response within 8 business hours, around the clock Monday to Friday.";

    @Inject
    MailDispatcher dispatcher;

    @ConfigProperty(name = "seamless.mail.max-subject-length")
    int maxSubjectLength;

    @Test
    void anInquiryAfterTheDealClosedIsRedirectedWithTheCsmAndTheAeInCopy() {
        Scenario scenario = closedDeal(Scenario.CSM);
        TestKafka.publish(inquiry(scenario, "How do I configure runners?"));

        Mail mail = Mails.awaitOneTo(scenario.colleagueEmail);
        assertThat(mail.cc()).containsExactly(Scenario.CSM_EMAIL, Scenario.AE_EMAIL);
        assertThat(mail.replyTo()).containsExactly(Scenario.SA_EMAIL);
        assertThat(mail.deliveries()).isEqualTo(3);
        assertThat(mail.subject()).isEqualTo("Re: How do I configure runners?");
        assertThat(mail.text()).contains("Hello Robin Dev,")
                .contains("could you please submit it as a support ticket to our support team?")
                .contains("I have copied Casey Success, your Customer Success Manager, and Alex Seller, your Account"
                        + " Executive: they can help escalate your request if needed.")
                .contains("https://support.seamless.example").contains(SUPPORT_SENTENCE)
                .contains("Sam Architect, Solutions Architect");
        assertThat(mail.html()).contains("<a href=\"https://support.seamless.example\">support portal</a>")
                .contains("I have copied Casey Success, your Customer Success Manager").contains(SUPPORT_SENTENCE);

        given().auth().oauth2(Scenario.token(Scenario.SA, "SA")).queryParam("recipient", Scenario.CSM_EMAIL)
                .queryParam("accountId", scenario.accountId).get("/api/notifications").then().statusCode(200)
                .body("[0].template", equalTo("post-sales-redirect-with-csm"))
                .body("[0].decision.rule", equalTo("post-sales.redirect.with-csm"))
                .body("[0].decision.inputs.trigger", equalTo("post-sales.inquiry.deal-closed"))
                .body("[0].decision.inputs.csmId", equalTo(Scenario.CSM))
                .body("[0].replyTo", equalTo(Scenario.SA_EMAIL));
    }

    /** The support sentence is the account's tier's: FREE and PREMIUM contacts are told different things. */
    @Test
    void aFreeAndAPremiumContactAreToldTheSupportOfTheirTier() {
        Scenario free = closedDeal(null, Tier.FREE);
        Scenario premium = closedDeal(null, Tier.PREMIUM);
        TestKafka.publish(inquiry(free, "Free question"));
        TestKafka.publish(inquiry(premium, "Premium question"));

        Mail toFree = Mails.awaitOneTo(free.colleagueEmail);
        Mail toPremium = Mails.awaitOneTo(premium.colleagueEmail);
        assertThat(toFree.text()).contains("Your team has Community Support, so you can expect a first response from"
                + " the community forum, without a guaranteed response time.").doesNotContain("Priority");
        assertThat(toPremium.text()).contains(SUPPORT_SENTENCE).doesNotContain("Community");
        assertThat(toFree.html()).contains("Community Support");
    }

    @Test
    void anInquiryToAnSaWhoIsNotTheAccountsIsNotRedirected() {
        Scenario scenario = closedDeal(null);
        Scenario.publishOtherSa();
        TestKafka.publish(new CustomerInquiryReceived(scenario.accountId, scenario.colleagueEmail, "Robin Dev",
                "Question to the wrong SA", Scenario.OTHER_SA));
        awaitInquiriesConsumed();
        dispatcher.dispatchDue();

        assertThat(Probe.notifications(scenario.accountId)).isEmpty();
        assertThat(Mails.to(scenario.colleagueEmail)).isEmpty();
    }

    @Test
    void anInquiryFromAnAccountWithoutACsmCopiesTheAeOnly() {
        Scenario scenario = closedDeal(null);
        // a lost stage of the default configuration closes an opportunity as the won one does
        String duplicate = "opp-" + UUID.randomUUID();
        TestKafka.publish(scenario.stage(duplicate, "1-Discovery", "10-Duplicate"));
        await().atMost(Mails.PATIENCE).until(() -> Probe.opportunityKnown(duplicate));
        TestKafka.publish(inquiry(scenario, "Upgrade question"));

        Mail mail = Mails.awaitOneTo(scenario.colleagueEmail);
        assertThat(mail.cc()).containsExactly(Scenario.AE_EMAIL);
        assertThat(mail.deliveries()).isEqualTo(2);
        assertThat(mail.subject()).isEqualTo("Re: Upgrade question");
        assertThat(mail.text()).contains("I have copied Alex Seller, your Account Executive, who can help escalate"
                + " your request if needed.").doesNotContain("Customer Success Manager")
                .contains(SUPPORT_SENTENCE).contains("https://support.seamless.example");
        assertThat(mail.html()).contains("I have copied Alex Seller, your Account Executive")
                .contains(SUPPORT_SENTENCE);
    }

    @Test
    void aFiveThousandCharacterInquirySubjectIsShortenedInsteadOfDeadLetteringTheInquiry() {
        Scenario scenario = closedDeal(null);
        String subject = "Why " + "q".repeat(4996);
        TestKafka.publish(inquiry(scenario, subject));

        Mail mail = Mails.awaitOneTo(scenario.colleagueEmail);
        assertThat(mail.subject()).hasSize(maxSubjectLength).startsWith("Re: Why qqq").endsWith("q…");
        assertThat(Probe.sentOnce(scenario.accountId, "post-sales-redirect-without-csm").subject)
                .isEqualTo(mail.subject());
        assertThat(TestKafka.records(Topics.deadLetterOf(Topics.SUPPORT_INQUIRIES)))
                .noneMatch(record -> scenario.accountId.equals(record.key()));
    }

    @Test
    void anotherInquiryWithinTheCooldownSendsNothingMore() {
        Scenario scenario = closedDeal(null);
        TestKafka.publish(inquiry(scenario, "First question"));
        Mails.awaitOneTo(scenario.colleagueEmail);

        TestKafka.publish(inquiry(scenario, "Second question"));
        awaitInquiriesConsumed();
        dispatcher.dispatchDue();

        assertThat(Mails.to(scenario.colleagueEmail)).singleElement()
                .satisfies(mail -> assertThat(mail.subject()).isEqualTo("Re: First question"));
        assertThat(Probe.sentOnce(scenario.accountId, "post-sales-redirect-without-csm").subject)
                .isEqualTo("Re: First question");
    }

    @Test
    void anInquiryWhileADealIsStillOpenIsNotRedirected() {
        Scenario scenario = closedDeal(null);
        String growth = "opp-" + UUID.randomUUID();
        TestKafka.publish(scenario.stage(growth, "4-Proposal", "5-Negotiating"));
        await().atMost(Mails.PATIENCE).until(() -> Probe.opportunityKnown(growth));
        TestKafka.publish(inquiry(scenario, "Question during the upgrade"));
        awaitInquiriesConsumed();

        assertThat(Probe.notifications(scenario.accountId)).extracting(notification -> notification.template)
                .noneMatch(template -> template.startsWith("post-sales-redirect"));
        assertThat(Mails.to(scenario.colleagueEmail)).isEmpty();
    }

    @Test
    void anSaPreviewsThenSendsARedirectionWithAnEscapedPersonalNoteExactlyOnce() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(Scenario.CSM);
        String note = "Great working with you on the <b>pilot</b> & good luck!";

        given().auth().oauth2(Scenario.token(Scenario.SA, "SA")).queryParam("accountId", scenario.accountId)
                .queryParam("contactEmail", scenario.contactEmail).queryParam("contactName", "Pat Buyer")
                .queryParam("note", note).get("/api/post-sales-redirects/preview").then().statusCode(200)
                .body("template", equalTo("post-sales-redirect-with-csm"))
                .body("to", equalTo(scenario.contactEmail))
                .body("cc", containsInAnyOrder(Scenario.CSM_EMAIL, Scenario.AE_EMAIL))
                .body("replyTo", equalTo(Scenario.SA_EMAIL))
                .body("subject", equalTo(scenario.accountName + ": where to get help with your questions"))
                .body("bodyText", containsString(note))
                .body("bodyHtml", containsString("the &lt;b&gt;pilot&lt;/b&gt; &amp; good luck!"))
                .body("decision.rule", equalTo("post-sales.redirect.with-csm"))
                .body("decision.inputs.trigger", equalTo("post-sales.request.by-sa"))
                .body("decision.inputs.requestedBy", equalTo(Scenario.SA))
                .body("problems", empty());
        assertThat(Probe.notifications(scenario.accountId)).isEmpty();

        String key = UUID.randomUUID().toString();
        String id = given().auth().oauth2(Scenario.token(Scenario.SA, "SA")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Map.of("accountId", scenario.accountId, "contactEmail",
                        scenario.contactEmail, "contactName", "Pat Buyer", "note", note))
                .post("/api/post-sales-redirects").then().statusCode(201)
                .header("Location", containsString("/api/notifications/"))
                .body("status", not(equalTo("FAILED")))
                .extract().path("id");
        Mail mail = Mails.awaitOneTo(scenario.contactEmail);
        assertThat(mail.notificationId()).isEqualTo(id);
        assertThat(mail.cc()).containsExactly(Scenario.CSM_EMAIL, Scenario.AE_EMAIL);
        assertThat(mail.replyTo()).containsExactly(Scenario.SA_EMAIL);
        assertThat(mail.text()).contains(note).contains("Sam Architect, Solutions Architect");
        assertThat(mail.html()).contains("the &lt;b&gt;pilot&lt;/b&gt; &amp; good luck!").doesNotContain("<b>pilot");

        given().auth().oauth2(Scenario.token(Scenario.SA, "SA")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Map.of("accountId", scenario.accountId, "contactEmail",
                        scenario.contactEmail, "note", note))
                .post("/api/post-sales-redirects").then().statusCode(200).body("id", equalTo(id));
        dispatcher.dispatchDue();
        assertThat(Mails.to(scenario.contactEmail)).hasSize(1);
        assertThat(Probe.sentOnce(scenario.accountId, "post-sales-redirect-with-csm").id.toString()).isEqualTo(id);
        assertThat(Probe.notifications(scenario.accountId)).hasSize(1);
        given().auth().oauth2(Scenario.token(Scenario.SA, "SA")).get("/api/notifications/" + id).then()
                .statusCode(200).body("status", equalTo("SENT")).body("triggeringEventId", not(equalTo(null)));
    }

    @Test
    void onlyTheAccountsSaAnSaOfOneOfItsOpportunitiesOrAnAdminMayRedirectItsContacts() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(null);
        Scenario.publishOtherSa();
        Map<String, String> body = Map.of("accountId", scenario.accountId, "contactEmail", scenario.contactEmail);

        String refusal = Scenario.OTHER_SA + " is neither the SA of account " + scenario.accountId + " (" + Scenario.SA
                + ") nor the SA of any of its opportunities: only they, or an ADMIN, may redirect its contacts.";
        given().auth().oauth2(Scenario.token(Scenario.OTHER_SA, "SA")).queryParams(body)
                .get("/api/post-sales-redirects/preview").then().statusCode(403).body("error", equalTo(refusal));
        given().auth().oauth2(Scenario.token(Scenario.OTHER_SA, "SA")).contentType(ContentType.JSON).body(body)
                .post("/api/post-sales-redirects").then().statusCode(403).body("error", equalTo(refusal))
                .body("rule", equalTo("post-sales.request.not-the-accounts-sa"));
        assertThat(Probe.notifications(scenario.accountId)).isEmpty();

        String growth = "opp-" + UUID.randomUUID();
        TestKafka.publish(new OpportunityStageChanged(growth, scenario.accountId, "Growth", OrderType.GROWTH, null,
                "1-Discovery", new BigDecimal("10000"), null, null, Scenario.AE, Scenario.OTHER_SA, false, null, null));
        await().atMost(Mails.PATIENCE).until(() -> Probe.opportunityKnown(growth));
        given().auth().oauth2(Scenario.token(Scenario.OTHER_SA, "SA")).contentType(ContentType.JSON).body(body)
                .post("/api/post-sales-redirects").then().statusCode(201)
                .body("decision.inputs.authorisation", equalTo("post-sales.request.opportunity-sa"))
                .body("bodyText", containsString("Riley Architect, Solutions Architect"));

        given().auth().oauth2(Scenario.token("admin-ada", "ADMIN")).contentType(ContentType.JSON).body(body)
                .post("/api/post-sales-redirects").then().statusCode(201)
                .body("decision.inputs.requestedBy", equalTo("admin-ada"))
                .body("decision.inputs.authorisation", equalTo("post-sales.request.admin"))
                .body("bodyText", containsString("Sam Architect, Solutions Architect"));
    }

    @Test
    void anIdempotencyKeyCountsForItsCallerAndAccountOnly() {
        Scenario first = new Scenario();
        first.publishAccount(null);
        Scenario second = new Scenario();
        second.publishAccount(null);
        String key = UUID.randomUUID().toString();

        String firstId = redirect(Scenario.SA, first, key).statusCode(201).extract().path("id");
        redirect(Scenario.SA, first, key).statusCode(200).body("id", equalTo(firstId));
        String secondId = redirect(Scenario.SA, second, key).statusCode(201).extract().path("id");
        String byAdmin = redirect("admin-ada", first, key).statusCode(201).extract().path("id");

        assertThat(List.of(firstId, secondId, byAdmin)).doesNotHaveDuplicates();
        assertThat(Probe.notifications(first.accountId)).hasSize(2);
    }

    @Test
    void badInputIsRefusedNamingEveryOffendingField() {
        given().auth().oauth2(Scenario.token(Scenario.SA, "SA")).contentType(ContentType.JSON)
                .body(Map.of("contactEmail", "not-an-address", "note", "x".repeat(4001)))
                .post("/api/post-sales-redirects").then().statusCode(400)
                .body("violations.field", containsInAnyOrder("send.request.accountId",
                        "send.request.contactEmail", "send.request.note"));
        given().auth().oauth2(Scenario.token(Scenario.SA, "SA")).queryParam("contactEmail", "nobody")
                .get("/api/post-sales-redirects/preview").then().statusCode(400)
                .body("violations.field", containsInAnyOrder("preview.accountId", "preview.contactEmail"));
    }

    @Test
    void anUnknownAccountIsNotFoundAndOnlySasMayRedirect() {
        Map<String, String> body = Map.of("accountId", "acct-never-heard-of", "contactEmail", "a@b.example");
        given().auth().oauth2(Scenario.token(Scenario.SA, "SA")).contentType(ContentType.JSON).body(body)
                .post("/api/post-sales-redirects").then().statusCode(404);
        given().auth().oauth2(Scenario.token(Scenario.CSM, "CSM")).contentType(ContentType.JSON).body(body)
                .post("/api/post-sales-redirects").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).post("/api/post-sales-redirects").then().statusCode(401);
    }

    @Test
    void theAuditTrailNeedsAnInternalRoleAndAnUnknownNotificationIsNotFound() {
        given().get("/api/notifications").then().statusCode(401);
        given().auth().oauth2(Scenario.token("nobody")).get("/api/notifications").then().statusCode(403);
        given().auth().oauth2(Scenario.token(Scenario.CSM, "CSM")).get("/api/notifications/" + UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(Scenario.token(Scenario.CSM, "CSM")).queryParam("status", "LOST")
                .queryParam("size", 0).get("/api/notifications").then().statusCode(400)
                .body("violations.field", containsInAnyOrder("list.status", "list.size"));
    }

    /** A PREMIUM account whose only deal was won, with or without a CSM, known to the service. */
    private static Scenario closedDeal(String csmId) {
        return closedDeal(csmId, Tier.PREMIUM);
    }

    private static Scenario closedDeal(String csmId, Tier tier) {
        Scenario scenario = new Scenario();
        scenario.publishAccount(csmId, scenario.contactEmail, tier, "60000");
        String opportunityId = "opp-" + UUID.randomUUID();
        TestKafka.publish(scenario.stage(opportunityId, "6-Awaiting Signature", "Closed Won"));
        await().atMost(Mails.PATIENCE).until(() -> Probe.opportunityKnown(opportunityId));
        return scenario;
    }

    private static ValidatableResponse redirect(String callerId, Scenario scenario, String idempotencyKey) {
        return given().auth().oauth2(Scenario.token(callerId, callerId.startsWith("admin") ? "ADMIN" : "SA"))
                .header("Idempotency-Key", idempotencyKey).contentType(ContentType.JSON)
                .body(Map.of("accountId", scenario.accountId, "contactEmail", scenario.contactEmail))
                .post("/api/post-sales-redirects").then();
    }

    private static CustomerInquiryReceived inquiry(Scenario scenario, String subject) {
        return new CustomerInquiryReceived(scenario.accountId, scenario.colleagueEmail, "Robin Dev", subject,
                Scenario.SA);
    }

    private static void awaitInquiriesConsumed() {
        await().atMost(Mails.PATIENCE).until(() -> TestKafka.consumedToEnd("notification-service",
                Topics.SUPPORT_INQUIRIES));
    }
}
