package dev.seamless.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.seamless.slack.Fixtures.account;
import static dev.seamless.slack.Fixtures.activeEphemeralChannel;
import static dev.seamless.slack.Fixtures.admin;
import static dev.seamless.slack.Fixtures.approve;
import static dev.seamless.slack.Fixtures.eventsOf;
import static dev.seamless.slack.Fixtures.awaitStatus;
import static dev.seamless.slack.Fixtures.newId;
import static dev.seamless.slack.Fixtures.opportunity;
import static dev.seamless.slack.Fixtures.publishOpportunity;
import static dev.seamless.slack.Fixtures.request;
import static dev.seamless.slack.Fixtures.requestChannel;
import static dev.seamless.slack.Fixtures.status;
import static dev.seamless.slack.Fixtures.token;
import static dev.seamless.slack.Fixtures.view;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.seamless.events.crm.AccountClosed;
import dev.seamless.events.slack.SlackChannelApproved;
import dev.seamless.events.slack.SlackChannelArchived;
import dev.seamless.events.slack.SlackChannelExpiring;
import dev.seamless.events.slack.SlackChannelRejected;
import dev.seamless.events.slack.SlackChannelRequested;
import dev.seamless.events.types.ChannelKind;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.Reason;
import dev.seamless.events.types.Tier;
import dev.seamless.slack.Fixtures.PublishedEvents;
import dev.seamless.slack.lifecycle.ChannelLifecycle;
import dev.seamless.slack.provisioning.ChannelProvisioner;
import dev.seamless.testsupport.TestClock;
import dev.seamless.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How channels end, with the clock moved by hand and the scheduled work called directly: reminders and expiry,
 * closing with the opportunity, conversion offers, account closure. Time only moves forward, so channels of other
 * tests may expire along the way; each test looks at its own.
 */
@QuarkusTest
class ChannelLifecycleTest {

    private static final TestClock CLOCK = TestClock.INSTANCE;

    @Inject
    ChannelProvisioner provisioner;

    @Inject
    ChannelLifecycle lifecycle;

    @Test
    void anEphemeralChannelIsRemindedOnDay83AndArchivedOnDay90NotBefore() {
        String accountId = newId("acct");
        account(accountId, Tier.FREE, "0", "0", null, null);
        String channelId = activeEphemeralChannel(accountId, newId("opp"), newId("sa"), provisioner::provisionDue);
        OffsetDateTime created = OffsetDateTime.parse(view(channelId).extract().path("slack.createdAt"));
        OffsetDateTime expiresAt = OffsetDateTime.parse(view(channelId).extract().path("slack.expiresAt"));
        assertThat(expiresAt.toInstant()).isEqualTo(created.plusDays(90).toInstant());
        given().auth().oauth2(admin()).queryParam("accountId", accountId)
                .queryParam("expiring_before", expiresAt.plusSeconds(1).toString()).get(Fixtures.API).then()
                .statusCode(200).body("id", hasItem(channelId));
        given().auth().oauth2(admin()).queryParam("accountId", accountId)
                .queryParam("expiring_before", expiresAt.minusSeconds(1).toString()).get(Fixtures.API).then()
                .statusCode(200).body("id", not(hasItem(channelId)));

        moveTo(created.plusDays(83).minusSeconds(1));
        assertThat(status(channelId)).isEqualTo("ACTIVE");
        moveTo(created.plusDays(83));
        assertThat(status(channelId)).isEqualTo("EXPIRING");
        assertThat(eventsOf(accountId).of(SlackChannelExpiring.class, e -> e.channelId().equals(channelId)))
                .singleElement().satisfies(e -> {
                    assertThat(e.ownerId()).isEqualTo("ae-1");
                    assertThat(e.expiresAt().toInstant()).isEqualTo(expiresAt.toInstant());
                });

        moveTo(created.plusDays(89));
        assertThat(status(channelId)).isEqualTo("EXPIRING");
        moveTo(created.plusDays(90));
        assertThat(status(channelId)).isEqualTo("ARCHIVING");
        provisioner.provisionDue();

        String slackChannelId = view(channelId).body("status", equalTo("ARCHIVED"))
                .body("archive.reason", equalTo("expired 90 days after its creation"))
                .extract().path("slack.channelId");
        Fixtures.slack().verifyThat(1, postRequestedFor(urlEqualTo("/api/conversations.archive"))
                .withFormParam("channel", WireMock.equalTo(slackChannelId)));
        PublishedEvents published = eventsOf(accountId);
        assertThat(published.of(SlackChannelArchived.class, e -> e.channelId().equals(channelId))).singleElement()
                .satisfies(e -> assertThat(e.slackChannelId()).isEqualTo(slackChannelId));
        assertThat(published.of(SlackChannelExpiring.class, e -> e.channelId().equals(channelId)))
                .as("one reminder, although the deadlines were checked again on day 89 and 90").hasSize(1);
    }

    /** The lost stages of the default configuration, GitLab's names (the won stage: ConsumerReliabilityTest). */
    @ParameterizedTest
    @ValueSource(strings = { "8-Closed Lost", "9-Unqualified", "10-Duplicate" })
    void anEphemeralChannelEndsWhenItsOpportunityClosesBeforeTheNinetyDays(String closedStage) {
        String accountId = newId("acct");
        String opportunityId = newId("opp");
        String saId = newId("sa");
        account(accountId, Tier.PREMIUM, "20000", "20000", saId, null);
        String channelId = activeEphemeralChannel(accountId, opportunityId, saId, provisioner::provisionDue);

        publishOpportunity(opportunity(opportunityId, accountId, OrderType.FIRST_ORDER, closedStage, saId, false));
        awaitStatus(channelId, "ARCHIVING");
        provisioner.provisionDue();

        String slackChannelId = view(channelId).body("status", equalTo("ARCHIVED"))
                .body("archive.reason", equalTo("opportunity " + opportunityId + " closed (" + closedStage + ")"))
                .extract().path("slack.channelId");
        Fixtures.slack().verifyThat(1, postRequestedFor(urlEqualTo("/api/conversations.archive"))
                .withFormParam("channel", WireMock.equalTo(slackChannelId)));
        assertThat(eventsOf(accountId).of(SlackChannelArchived.class, e -> e.channelId().equals(channelId)))
                .singleElement().satisfies(e -> assertThat(e.reason()).contains("closed (" + closedStage + ")"));

        request(token(saId, "SA"), Map.of("accountId", accountId, "kind", "EPHEMERAL", "opportunityId",
                opportunityId)).statusCode(201).body("status", equalTo("REJECTED"))
                .body("rejection.reason", containsString("pre-sales only"));
    }

    @Test
    void atItsEndAnEphemeralChannelOfAnAccountThatNowQualifiesIsOfferedForConversion() {
        String accountId = newId("acct");
        String saId = newId("sa");
        String csm = newId("csm");
        account(accountId, Tier.FREE, "0", "0", saId, null);
        String channelId = activeEphemeralChannel(accountId, newId("opp"), saId, provisioner::provisionDue);
        OffsetDateTime created = OffsetDateTime.parse(view(channelId).extract().path("slack.createdAt"));
        account(accountId, Tier.PREMIUM, "150000", "150000", saId, csm);

        moveTo(created.plusDays(90));

        view(channelId).body("status", equalTo("CONVERSION_OFFERED"))
                .body("conversion.offeredAt", notNullValue())
                .body("conversion.checks.rule", hasItem("channel.conversion.offered"))
                .body("approvals.expectedApproverId", equalTo(csm));
        assertThat(eventsOf(accountId).of(SlackChannelRequested.class,
                e -> e.channelId().equals(channelId) && e.kind() == ChannelKind.CUSTOMER)).singleElement()
                .satisfies(e -> {
                    assertThat(e.requestedBy()).as("the ephemeral channel's requester").isEqualTo("ae-1");
                    assertThat(e.reasons()).extracting(Reason::rule).contains("channel.conversion.offered");
                    assertThat(e.eligible()).isTrue();
                    assertThat(e.approverId()).isEqualTo(csm);
                });

        request(token("ae-1", "AE"), Map.of("accountId", accountId, "kind", "CUSTOMER")).statusCode(409)
                .body("error", containsString(channelId));
        approve(channelId, token(saId, "SA")).statusCode(403).body("error", containsString(csm));
        approve(channelId, token(csm, "CSM")).statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("kind", equalTo("CUSTOMER"))
                .body("slack.expiresAt", nullValue())
                .body("conversion.approvedBy", equalTo(csm));

        assertThat(eventsOf(accountId).of(SlackChannelApproved.class,
                e -> e.channelId().equals(channelId) && e.kind() == ChannelKind.CUSTOMER)).singleElement()
                .satisfies(e -> assertThat(e.approvedBy()).isEqualTo(csm));
        moveTo(created.plusDays(200));
        assertThat(status(channelId)).as("a customer channel does not expire").isEqualTo("ACTIVE");
    }

    @Test
    void aConversionNobodyAcceptsWithinTheWindowEndsInArchiving() {
        String accountId = newId("acct");
        String saId = newId("sa");
        account(accountId, Tier.ULTIMATE, "500000", "500000", saId, newId("csm"));
        String channelId = activeEphemeralChannel(accountId, newId("opp"), saId, provisioner::provisionDue);
        OffsetDateTime created = OffsetDateTime.parse(view(channelId).extract().path("slack.createdAt"));

        moveTo(created.plusDays(90));
        assertThat(status(channelId)).isEqualTo("CONVERSION_OFFERED");
        moveTo(created.plusDays(104).minusSeconds(1));
        assertThat(status(channelId)).isEqualTo("CONVERSION_OFFERED");
        moveTo(created.plusDays(104));
        provisioner.provisionDue();

        view(channelId).body("status", equalTo("ARCHIVED"))
                .body("archive.reason", equalTo("conversion to a customer channel not approved within 14 days"));
    }

    @Test
    void closingTheAccountArchivesEveryChannelOfItAndRejectsWhatWasStillRequested() {
        String accountId = newId("acct");
        String saId = newId("sa");
        String csm = newId("csm");
        account(accountId, Tier.PREMIUM, "100000", "100000", saId, csm);
        String customer = requestChannel(token("ae-1", "AE"), Map.of("accountId", accountId, "kind", "CUSTOMER"));
        approve(customer, token(csm, "CSM")).statusCode(200);
        String ephemeral = activeEphemeralChannel(accountId, newId("opp"), saId, provisioner::provisionDue);
        String pendingOpportunity = newId("opp");
        publishOpportunity(opportunity(pendingOpportunity, accountId, OrderType.GROWTH, "4-Proposal", saId, true));
        String pending = requestChannel(token("ae-1", "AE"), Map.of("accountId", accountId, "kind", "EPHEMERAL",
                "opportunityId", pendingOpportunity));
        awaitStatus(customer, "ACTIVE");

        TestKafka.publish(new AccountClosed(accountId, "churned", OffsetDateTime.now(CLOCK)));
        awaitStatus(pending, "REJECTED");
        assertThat(status(customer)).isEqualTo("ARCHIVING");
        assertThat(status(ephemeral)).isEqualTo("ARCHIVING");
        provisioner.provisionDue();

        PublishedEvents published = eventsOf(accountId);
        for (String channelId : new String[] { customer, ephemeral }) {
            String slackChannelId = view(channelId).body("status", equalTo("ARCHIVED"))
                    .body("archive.reason", equalTo("account closed: churned"))
                    .extract().path("slack.channelId");
            Fixtures.slack().verifyThat(1, postRequestedFor(urlEqualTo("/api/conversations.archive"))
                    .withFormParam("channel", WireMock.equalTo(slackChannelId)));
            assertThat(published.of(SlackChannelArchived.class, e -> e.channelId().equals(channelId))).hasSize(1);
        }
        view(pending).body("rejection.rejectedBy", equalTo("system"))
                .body("rejection.reason", equalTo("account closed: churned"));
        assertThat(published.of(SlackChannelRejected.class, e -> e.channelId().equals(pending))).hasSize(1);
        request(token("ae-1", "AE"), Map.of("accountId", accountId, "kind", "CUSTOMER")).statusCode(201)
                .body("status", equalTo("REJECTED"))
                .body("eligibility.checks.rule", hasItem("channel.account.open"));
    }

    /** Moves the clock forward to {@code instant} (never back) and runs the deadline job as the scheduler would. */
    private void moveTo(OffsetDateTime instant) {
        Duration ahead = Duration.between(CLOCK.instant(), instant.toInstant());
        if (!ahead.isNegative()) {
            CLOCK.advance(ahead);
        }
        lifecycle.applyDeadlines();
    }
}
