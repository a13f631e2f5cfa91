package dev.seamless.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.seamless.slack.Fixtures.account;
import static dev.seamless.slack.Fixtures.admin;
import static dev.seamless.slack.Fixtures.approve;
import static dev.seamless.slack.Fixtures.eventsOf;
import static dev.seamless.slack.Fixtures.newId;
import static dev.seamless.slack.Fixtures.person;
import static dev.seamless.slack.Fixtures.reject;
import static dev.seamless.slack.Fixtures.request;
import static dev.seamless.slack.Fixtures.requestChannel;
import static dev.seamless.slack.Fixtures.token;
import static dev.seamless.slack.Fixtures.view;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.seamless.events.slack.SlackChannelApproved;
import dev.seamless.events.slack.SlackChannelCreated;
import dev.seamless.events.slack.SlackChannelRejected;
import dev.seamless.events.slack.SlackChannelRequested;
import dev.seamless.events.types.ChannelKind;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.Tier;
import dev.seamless.slack.Fixtures.PublishedEvents;
import dev.seamless.slack.provisioning.ChannelProvisioner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Requests, eligibility with its reasons, who may approve, and bad input, through the REST API. */
@QuarkusTest
class ChannelRequestTest {

    @Inject
    ChannelProvisioner provisioner;

    @Test
    void aQualifyingAccountsCustomerChannelIsApprovedOnlyByItsCsmAndThenCreatedInSlack() {
        String accountId = newId("acct");
        String csm = newId("csm");
        String requester = newId("ae");
        person(csm, PersonRole.CSM, "U" + csm);
        person(requester, PersonRole.AE, "U" + requester);
        account(accountId, Tier.PREMIUM, "100000", "0", null, csm);

        String channelId = request(token(requester, "AE"), Map.of("accountId", accountId, "kind", "CUSTOMER",
                "purpose", "weekly syncs with the platform team", "requestedBy", "someone-else"))
                .statusCode(201)
                .header("Location", containsString("/api/slack-channels/"))
                .body("status", equalTo("REQUESTED"))
                .body("requestedBy", equalTo(requester))
                .body("eligibility.eligible", equalTo(true))
                .body("eligibility.checks.rule", hasItems("channel.customer.min-tier", "channel.customer.min-value"))
                .body("eligibility.checks.find { it.rule == 'channel.customer.min-value' }.message",
                        containsString("IACV 100000"))
                .body("eligibility.inputs.iacv", equalTo(100000.0f))
                .body("approvals.expectedApproverId", equalTo(csm))
                .extract().path("id");

        approve(channelId, token(newId("csm"), "CSM")).statusCode(403)
                .body("error", containsString("the account's CSM (" + csm + ")"));
        approve(channelId, token(requester, "AE")).statusCode(403);
        approve(channelId, token(csm, "CSM")).statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvals.approvedBy", equalTo(csm))
                .body("slack.channelName", startsWith("customer-acme-" + accountId));

        provisioner.provisionDue();

        String channelName = view(channelId).body("status", equalTo("ACTIVE"))
                .body("slack.channelId", startsWith("C"))
                .body("slack.invitees.personId", hasItems(requester, csm))
                .body("slack.expiresAt", nullValue())
                .extract().path("slack.channelName");
        Fixtures.slack().verifyThat(1, postRequestedFor(urlEqualTo("/api/conversations.create"))
                .withFormParam("name", WireMock.equalTo(channelName)));
        for (String invited : new String[] { "U" + requester, "U" + csm }) {
            Fixtures.slack().verifyThat(1, postRequestedFor(urlEqualTo("/api/conversations.invite"))
                    .withFormParam("users", WireMock.containing(invited)));
        }

        PublishedEvents published = eventsOf(accountId);
        assertThat(published.of(SlackChannelRequested.class, e -> e.channelId().equals(channelId))).singleElement()
                .satisfies(e -> {
                    assertThat(e.eligible()).isTrue();
                    assertThat(e.requestedBy()).isEqualTo(requester);
                    assertThat(e.approverId()).isEqualTo(csm);
                });
        assertThat(published.of(SlackChannelApproved.class, e -> e.channelId().equals(channelId))).singleElement()
                .satisfies(e -> assertThat(e.approvedBy()).isEqualTo(csm));
        assertThat(published.of(SlackChannelCreated.class, e -> e.channelId().equals(channelId))).singleElement()
                .satisfies(e -> {
                    assertThat(e.channelName()).isEqualTo(channelName);
                    assertThat(e.kind()).isEqualTo(ChannelKind.CUSTOMER);
                });
    }

    @Test
    void oneDollarBelowTheThresholdTheRequestIsRejectedByTheRulesWithItsReasons() {
        String accountId = newId("acct");
        account(accountId, Tier.PREMIUM, "99999", "99999", null, newId("csm"));

        String channelId = request(token("ae-1", "AE"), Map.of("accountId", accountId, "kind", "CUSTOMER"))
                .statusCode(201)
                .body("status", equalTo("REJECTED"))
                .body("eligibility.eligible", equalTo(false))
                .body("rejection.rejectedBy", equalTo("system"))
                .body("rejection.reason", containsString("below 100000 USD"))
                .extract().path("id");

        approve(channelId, admin()).statusCode(409).body("error", containsString("REJECTED"));
        PublishedEvents published = eventsOf(accountId);
        assertThat(published.of(SlackChannelRequested.class, e -> e.channelId().equals(channelId)))
                .singleElement().satisfies(e -> assertThat(e.eligible()).isFalse());
        assertThat(published.of(SlackChannelRejected.class, e -> e.channelId().equals(channelId)))
                .singleElement().satisfies(e -> assertThat(e.rejectedBy()).isEqualTo("system"));
    }

    /** Seed 000 says 100k+ IACV: by default ARR does not count, however high. */
    @Test
    void theThresholdIsOnIacvCentsBelowItDoNotQualifyWhateverTheArr() {
        String below = newId("acct");
        String at = newId("acct");
        account(below, Tier.PREMIUM, "99999.99", "500000", null, newId("csm"));
        account(at, Tier.PREMIUM, "100000", "0", null, newId("csm"));

        request(token("ae-1", "AE"), Map.of("accountId", below, "kind", "CUSTOMER")).statusCode(201)
                .body("status", equalTo("REJECTED"))
                .body("eligibility.checks.find { it.rule == 'channel.customer.min-value' }.message",
                        equalTo("IACV 99999.99 is below 100000 USD."))
                .body("eligibility.inputs.valueMeasures", equalTo(List.of("IACV")))
                .body("eligibility.inputs.arr", equalTo(500000.0f));
        request(token("ae-1", "AE"), Map.of("accountId", at, "kind", "CUSTOMER")).statusCode(201)
                .body("status", equalTo("REQUESTED"))
                .body("eligibility.checks.find { it.rule == 'channel.customer.min-value' }.message",
                        equalTo("IACV 100000 reaches 100000 USD."));
    }

    /** STARTER (BRONZE) used to be dead-lettered; it is a paid tier below PREMIUM. */
    @Test
    void aStarterAccountIsKnownButBelowTheTier() {
        String accountId = newId("acct");
        account(accountId, Tier.STARTER, "250000", "250000", null, newId("csm"));

        request(token("ae-1", "AE"), Map.of("accountId", accountId, "kind", "CUSTOMER")).statusCode(201)
                .body("status", equalTo("REJECTED"))
                .body("eligibility.inputs.tier", equalTo("STARTER"))
                .body("eligibility.checks.find { it.rule == 'channel.customer.min-tier' }.message",
                        equalTo("Tier STARTER is below PREMIUM."))
                .body("rejection.reason", equalTo("Tier STARTER is below PREMIUM."));
    }

    @Test
    void aDocumentedExceptionNeedsTheCsmAndASecondApprover() {
        String accountId = newId("acct");
        String csm = newId("csm");
        String asm = newId("asm");
        account(accountId, Tier.FREE, "20000", "20000", null, csm);

        String channelId = request(token("ae-1", "AE"), Map.of("accountId", accountId, "kind", "CUSTOMER",
                "exception", "reference customer", "purpose", "case study with the CTO"))
                .statusCode(201)
                .body("status", equalTo("REQUESTED"))
                .body("exception", equalTo("REFERENCE_CUSTOMER"))
                .body("approvals.exceptionApprovalRequired", equalTo(true))
                .extract().path("id");

        approve(channelId, token(csm, "CSM")).statusCode(200).body("status", equalTo("REQUESTED"))
                .body("approvals.approvedBy", equalTo(csm));
        approve(channelId, token(csm, "CSM")).statusCode(409).body("error", containsString("already approved"));
        approve(channelId, token("ae-1", "AE")).statusCode(403).body("error", containsString("extra approval"));
        approve(channelId, token(asm, "ASM")).statusCode(200).body("status", equalTo("APPROVED"))
                .body("approvals.exceptionApprovedBy", equalTo(asm));

        assertThat(eventsOf(accountId).of(SlackChannelApproved.class, e -> e.channelId().equals(channelId)))
                .singleElement().satisfies(e -> assertThat(e.approvedBy()).isEqualTo(asm));
    }

    @Test
    void theCsmMayRejectARequestWithAReasonAndOthersMayNot() {
        String accountId = newId("acct");
        String csm = newId("csm");
        account(accountId, Tier.ULTIMATE, "300000", "300000", null, csm);
        String channelId = requestChannel(token("ae-1", "AE"), Map.of("accountId", accountId, "kind", "CUSTOMER"));

        reject(channelId, token("ae-1", "AE"), "no").statusCode(403).body("error", containsString("may not reject"));
        given().auth().oauth2(token(csm, "CSM")).contentType(ContentType.JSON).body(Map.of())
                .post(Fixtures.API + "/" + channelId + "/reject").then().statusCode(400)
                .body("fields", hasKey("reason"));
        reject(channelId, token(csm, "CSM"), "x".repeat(2001)).statusCode(400)
                .body("fields.reason", equalTo("must have at most 2000 characters"));
        view(channelId).body("status", equalTo("REQUESTED"));
        reject(channelId, token(csm, "CSM"), "the shared project covers it").statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("rejection.rejectedBy", equalTo(csm))
                .body("rejection.reason", equalTo("the shared project covers it"));

        assertThat(eventsOf(accountId).of(SlackChannelRejected.class, e -> e.channelId().equals(channelId)))
                .singleElement().satisfies(e -> assertThat(e.rejectedBy()).isEqualTo(csm));
    }

    @Test
    void badInputIsRefusedNamingEveryFieldAndNothingIsStored() {
        String accountId = newId("acct");

        request(token("ae-1", "AE"), Map.of("accountId", accountId, "kind", "EPHEMERAL", "exception", "early adopter"))
                .statusCode(400)
                .body("fields.opportunityId", equalTo("is required"))
                .body("fields.exception", equalTo("applies to CUSTOMER channels only"));
        request(token("ae-1", "AE"), Map.of("kind", "shared")).statusCode(400)
                .body("fields.accountId", equalTo("is required"))
                .body("fields.kind", containsString("'shared' is not one of CUSTOMER, EPHEMERAL"));
        given().auth().oauth2(admin()).queryParam("accountId", accountId).get(Fixtures.API).then().statusCode(200)
                .body("$", hasSize(0));

        given().auth().oauth2(admin()).queryParam("status", "LIVE").queryParam("expiring_before", "soon")
                .get(Fixtures.API).then().statusCode(400)
                .body("fields", hasKey("status")).body("fields", hasKey("expiring_before"));
        approve("00000000-0000-4000-8000-000000000000", admin()).statusCode(404);
    }

    @Test
    void aSecondOpenCustomerChannelForTheAccountIsAConflict() {
        String accountId = newId("acct");
        account(accountId, Tier.PREMIUM, "150000", "150000", null, newId("csm"));
        String first = requestChannel(token("ae-1", "AE"), Map.of("accountId", accountId, "kind", "CUSTOMER"));

        request(token("sa-1", "SA"), Map.of("accountId", accountId, "kind", "CUSTOMER")).statusCode(409)
                .body("error", containsString(first));
    }

    @Test
    void theApiNeedsATokenAndRequestsNeedAPersonsRole() {
        given().get(Fixtures.API).then().statusCode(401);
        given().auth().oauth2(token("crm", "INTEGRATION")).get(Fixtures.API).then().statusCode(200);
        request(token("crm", "INTEGRATION"), Map.of("accountId", "acct-1", "kind", "CUSTOMER")).statusCode(403);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
