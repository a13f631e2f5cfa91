package dev.seamless.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.seamless.slack.Fixtures.account;
import static dev.seamless.slack.Fixtures.approve;
import static dev.seamless.slack.Fixtures.eventsOf;
import static dev.seamless.slack.Fixtures.newId;
import static dev.seamless.slack.Fixtures.person;
import static dev.seamless.slack.Fixtures.requestChannel;
import static dev.seamless.slack.Fixtures.status;
import static dev.seamless.slack.Fixtures.token;
import static dev.seamless.slack.Fixtures.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.seamless.events.crm.AccountClosed;
import dev.seamless.events.slack.SlackChannelArchived;
import dev.seamless.events.slack.SlackChannelCreated;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.Tier;
import dev.seamless.slack.lifecycle.ChannelLifecycle;
import dev.seamless.slack.provisioning.ChannelProvisioner;
import dev.seamless.slack.slackapi.ResponsesInSequence;
import dev.seamless.testsupport.TestClock;
import dev.seamless.testsupport.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The real Slack adapter against a fake Slack that fails: rate limits and server errors are retried, a call that
 * keeps failing leaves the channel in a retryable state with its error, and the retry finishes the work once.
 */
@QuarkusTest
class SlackFailureTest {

    /** How long the fake Slack takes to create a channel in the test of a closure meanwhile. */
    private static final int SLOW_SLACK_MILLIS = 3000;

    @Inject
    ChannelProvisioner provisioner;

    @Inject
    ChannelLifecycle lifecycle;

    @Inject
    EntityManager entityManager;

    private final WireMock slack = Fixtures.slack();

    @Test
    void aRateLimitAndAServerErrorAreRetriedAndTheChannelIsCreatedOnce() {
        String channelId = approvedCustomerChannel();
        String name = view(channelId).extract().path("slack.channelName");
        ResponsesInSequence.of("flaky create " + channelId, () -> post(urlEqualTo("/api/conversations.create"))
                .withFormParam("name", WireMock.equalTo(name)),
                aResponse().withStatus(429).withHeader("Retry-After", "0"), aResponse().withStatus(500),
                okJson(created("C0RETRIED", name))).forEach(slack::register);

        provisioner.provisionDue();

        view(channelId).body("status", equalTo("ACTIVE"))
                .body("slack.channelId", equalTo("C0RETRIED"))
                .body("provisioning", nullValue());
        slack.verifyThat(3, creations(name));
        assertThat(createdEvents(channelId)).singleElement()
                .satisfies(e -> assertThat(e.slackChannelId()).isEqualTo("C0RETRIED"));
    }

    @Test
    void whenSlackKeepsFailingTheChannelStaysApprovedWithItsErrorAndIsRetriedLater() {
        String channelId = approvedCustomerChannel();
        String name = view(channelId).extract().path("slack.channelName");
        slack.register(post(urlEqualTo("/api/conversations.create")).withFormParam("name", WireMock.equalTo(name))
                .willReturn(aResponse().withStatus(500)));

        provisioner.provisionDue();

        OffsetDateTime nextAttempt = OffsetDateTime.parse(view(channelId).body("status", equalTo("APPROVED"))
                .body("slack.channelId", nullValue())
                .body("provisioning.attempts", equalTo(1))
                .body("provisioning.lastError", equalTo("conversations.create failed: HTTP 500 (attempt 3 of 3)"))
                .extract().path("provisioning.nextAttemptAt"));
        assertThat(nextAttempt.toInstant()).as("a minute later, as the database keeps it")
                .isEqualTo(TestClock.INSTANCE.instant().plus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MICROS));
        slack.verifyThat(3, creations(name));

        provisioner.provisionDue(); // not due yet: Slack is left alone
        slack.verifyThat(3, creations(name));

        slack.register(post(urlEqualTo("/api/conversations.create")).withFormParam("name", WireMock.equalTo(name))
                .willReturn(okJson(created("C0LATER", name))));
        TestClock.INSTANCE.advance(Duration.ofMinutes(1));
        provisioner.provisionDue();

        view(channelId).body("status", equalTo("ACTIVE")).body("slack.channelId", equalTo("C0LATER"))
                .body("provisioning.attempts", equalTo(1))
                .body("provisioning.lastError", nullValue())
                .body("provisioning.nextAttemptAt", nullValue());
        slack.verifyThat(4, creations(name));
        assertThat(createdEvents(channelId)).hasSize(1);
    }

    @Test
    void aChannelWhoseInvitationsFailedKeepsItsSlackIdAndTheRetryOnlyInvites() {
        String channelId = approvedCustomerChannel();
        String name = view(channelId).extract().path("slack.channelName");
        String slackChannelId = "C0HALF" + channelId.substring(0, 8).toUpperCase();
        slack.register(post(urlEqualTo("/api/conversations.create")).withFormParam("name", WireMock.equalTo(name))
                .willReturn(okJson(created(slackChannelId, name))));
        slack.register(post(urlEqualTo("/api/conversations.invite"))
                .withFormParam("channel", WireMock.equalTo(slackChannelId)).willReturn(aResponse().withStatus(502)));

        provisioner.provisionDue();

        view(channelId).body("status", equalTo("APPROVED"))
                .body("slack.channelId", equalTo(slackChannelId))
                .body("provisioning.lastError", containsString("conversations.invite failed: HTTP 502"));

        slack.register(post(urlEqualTo("/api/conversations.invite"))
                .withFormParam("channel", WireMock.equalTo(slackChannelId)).willReturn(okJson("{\"ok\":true}")));
        TestClock.INSTANCE.advance(Duration.ofMinutes(1));
        provisioner.provisionDue();

        view(channelId).body("status", equalTo("ACTIVE")).body("slack.channelId", equalTo(slackChannelId));
        slack.verifyThat(1, creations(name));
        slack.verifyThat(4, postRequestedFor(urlEqualTo("/api/conversations.invite"))
                .withFormParam("channel", WireMock.equalTo(slackChannelId)));
        assertThat(createdEvents(channelId)).hasSize(1);
    }

    @Test
    void aChannelWhoseCreationWasAttemptedIsArchivedInSlackWhenItEndsAlthoughNoSlackIdWasRecorded() {
        String channelId = approvedCustomerChannel();
        String accountId = view(channelId).extract().path("accountId");
        String name = view(channelId).extract().path("slack.channelName");
        String slackChannelId = "C0GHOST" + channelId.substring(0, 8).toUpperCase();
        // Slack made the channel but the answer never came back (here: a server error after the fact)
        slack.register(post(urlEqualTo("/api/conversations.create")).withFormParam("name", WireMock.equalTo(name))
                .willReturn(aResponse().withStatus(500)));
        slack.register(post(urlEqualTo("/api/users.conversations")).willReturn(okJson(
                "{\"ok\":true,\"channels\":[" + channel(slackChannelId, name) + "],"
                        + "\"response_metadata\":{\"next_cursor\":\"\"}}")));
        provisioner.provisionDue();
        view(channelId).body("status", equalTo("APPROVED")).body("slack.channelId", nullValue());

        TestKafka.publish(new AccountClosed(accountId, "churned", OffsetDateTime.now(TestClock.INSTANCE)));
        await().atMost(Fixtures.PATIENCE).until(() -> Fixtures.status(channelId), status -> !"APPROVED".equals(status));
        provisioner.provisionDue();

        view(channelId).body("status", equalTo("ARCHIVED")).body("slack.channelId", equalTo(slackChannelId))
                .body("archive.reason", equalTo("account closed: churned"));
        slack.verifyThat(1, archivals(slackChannelId));
        assertThat(eventsOf(accountId).of(SlackChannelArchived.class, e -> e.channelId().equals(channelId)))
                .singleElement().satisfies(e -> assertThat(e.slackChannelId()).isEqualTo(slackChannelId));
    }

    @Test
    void noLockIsHeldWhileSlackCreatesAChannelAndAClosureMeanwhileArchivesItInSlack() throws Exception {
        String channelId = approvedCustomerChannel();
        String accountId = view(channelId).extract().path("accountId");
        String name = view(channelId).extract().path("slack.channelName");
        String slackChannelId = "C0SLOW" + channelId.substring(0, 8).toUpperCase();
        slack.register(post(urlEqualTo("/api/conversations.create")).withFormParam("name", WireMock.equalTo(name))
                .willReturn(okJson(created(slackChannelId, name)).withFixedDelay(SLOW_SLACK_MILLIS)));

        CompletableFuture<Integer> provisioning = CompletableFuture.supplyAsync(provisioner::provisionDue);
        await().atMost(Fixtures.PATIENCE).until(() -> !slack.find(creations(name)).isEmpty());
        // the account closes while Slack is still answering: the closure must not wait for the Slack call
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("set local lock_timeout = '1s'").executeUpdate();
            lifecycle.accountClosed(accountId, "churned");
        });
        assertThat(status(channelId)).isEqualTo("ARCHIVING");
        provisioning.get(Fixtures.PATIENCE.toSeconds(), TimeUnit.SECONDS);
        provisioner.provisionDue();

        view(channelId).body("status", equalTo("ARCHIVED")).body("slack.channelId", equalTo(slackChannelId));
        slack.verifyThat(1, creations(name));
        slack.verifyThat(1, archivals(slackChannelId));
        assertThat(eventsOf(accountId).of(SlackChannelArchived.class, e -> e.channelId().equals(channelId)))
                .singleElement().satisfies(e -> assertThat(e.slackChannelId()).isEqualTo(slackChannelId));
    }

    @Test
    void aChannelWhoseSlackWorkFailsUnexpectedlyKeepsItsErrorAndTheNextChannelIsStillCreated() {
        String broken = approvedCustomerChannel();
        String brokenName = view(broken).extract().path("slack.channelName");
        slack.register(post(urlEqualTo("/api/conversations.create"))
                .withFormParam("name", WireMock.equalTo(brokenName))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                        .withBody("<html><body>Bad gateway</body></html>")));
        TestClock.INSTANCE.advance(Duration.ofSeconds(1)); // the broken channel is due first
        String next = approvedCustomerChannel();

        provisioner.provisionDue();

        view(next).body("status", equalTo("ACTIVE")).body("slack.channelId", startsWith("C"));
        OffsetDateTime nextAttempt = OffsetDateTime.parse(view(broken).body("status", equalTo("APPROVED"))
                .body("provisioning.attempts", equalTo(1))
                .body("provisioning.lastError", containsString("JsonSyntaxException"))
                .extract().path("provisioning.nextAttemptAt"));
        assertThat(nextAttempt.toInstant())
                .isEqualTo(TestClock.INSTANCE.instant().plus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MICROS));
    }

    /** A customer channel approved by the account's CSM, whose creation in Slack is due. */
    private static String approvedCustomerChannel() {
        String accountId = newId("acct");
        String csm = newId("csm");
        person(csm, PersonRole.CSM, "U" + csm);
        account(accountId, Tier.PREMIUM, "120000", "120000", null, csm);
        String channelId = requestChannel(token("ae-1", "AE"), Map.of("accountId", accountId, "kind", "CUSTOMER"));
        approve(channelId, token(csm, "CSM")).statusCode(200).body("status", equalTo("APPROVED"));
        return channelId;
    }

    /** Every SlackChannelCreated of the channel, late duplicates included. */
    private static List<SlackChannelCreated> createdEvents(String channelId) {
        return eventsOf(view(channelId).extract().path("accountId"))
                .of(SlackChannelCreated.class, e -> e.channelId().equals(channelId));
    }

    private static RequestPatternBuilder creations(String name) {
        return postRequestedFor(urlEqualTo("/api/conversations.create")).withFormParam("name",
                WireMock.equalTo(name));
    }

    private static RequestPatternBuilder archivals(String slackChannelId) {
        return postRequestedFor(urlEqualTo("/api/conversations.archive")).withFormParam("channel",
                WireMock.equalTo(slackChannelId));
    }

    private static String created(String slackChannelId, String name) {
        return "{\"ok\":true,\"channel\":" + channel(slackChannelId, name) + "}";
    }

    private static String channel(String slackChannelId, String name) {
        return "{\"id\":\"" + slackChannelId + "\",\"name\":\"" + name + "\"}";
    }
}
