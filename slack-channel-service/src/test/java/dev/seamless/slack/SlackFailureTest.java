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
import static dev.seamless.slack.Fixtures.token;
import static dev.seamless.slack.Fixtures.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.seamless.events.slack.SlackChannelCreated;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.Tier;
import dev.seamless.slack.provisioning.ChannelProvisioner;
import dev.seamless.slack.slackapi.ResponsesInSequence;
import dev.seamless.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The real Slack adapter against a fake Slack that fails: rate limits and server errors are retried, a call that
 * keeps failing leaves the channel in a retryable state with its error, and the retry finishes the work once.
 */
@QuarkusTest
class SlackFailureTest {

    @Inject
    ChannelProvisioner provisioner;

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

    private static String created(String slackChannelId, String name) {
        return "{\"ok\":true,\"channel\":{\"id\":\"" + slackChannelId + "\",\"name\":\"" + name + "\"}}";
    }
}
