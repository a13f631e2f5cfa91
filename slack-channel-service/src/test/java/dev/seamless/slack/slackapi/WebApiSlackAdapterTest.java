package dev.seamless.slack.slackapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real adapter (Slack's SDK) against a local fake Slack Web API; waits are recorded instead of slept. */
class WebApiSlackAdapterTest {

    private static final String TOKEN = "xoxb-test-token";
    private static final Duration BACKOFF = Duration.ofMillis(100);
    private static WireMockServer slackApi;

    private final List<Duration> pauses = new ArrayList<>();
    private WebApiSlackAdapter adapter;

    @BeforeAll
    static void startFakeSlack() {
        slackApi = new WireMockServer(options().dynamicPort());
        slackApi.start();
    }

    @AfterAll
    static void stopFakeSlack() {
        slackApi.stop();
    }

    @BeforeEach
    void newAdapter() {
        slackApi.resetAll();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slackApi.baseUrl() + "/api/");
        config.setStatsEnabled(false);
        adapter = new WebApiSlackAdapter(Slack.getInstance(config), TOKEN,
                new WebApiSlackAdapter.Retries(3, new Backoff(BACKOFF, Duration.ofSeconds(5)), Duration.ofSeconds(5)),
                pauses::add);
    }

    @AfterEach
    void closeAdapter() {
        adapter.close();
    }

    @Test
    void createsInvitesAndArchivesWithTheBotToken() {
        stub("conversations.create", okJson("{\"ok\":true,\"channel\":{\"id\":\"C0NEW\",\"name\":\"customer-acme\"}}"));
        stub("conversations.invite", okJson("{\"ok\":true,\"channel\":{\"id\":\"C0NEW\"}}"));
        stub("conversations.archive", okJson("{\"ok\":true}"));

        assertThat(adapter.createChannel("customer-acme", true)).isEqualTo(new SlackConversation("C0NEW",
                "customer-acme"));
        adapter.invite("C0NEW", List.of("U1", "U2"));
        adapter.archive("C0NEW");

        slackApi.verify(postRequestedFor(urlEqualTo("/api/conversations.create"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withFormParam("name", equalTo("customer-acme")).withFormParam("is_private", equalTo("1")));
        slackApi.verify(postRequestedFor(urlEqualTo("/api/conversations.invite"))
                .withFormParam("channel", equalTo("C0NEW")).withFormParam("users", equalTo("U1,U2"))
                .withFormParam("force", equalTo("1")));
        slackApi.verify(postRequestedFor(urlEqualTo("/api/conversations.archive"))
                .withFormParam("channel", equalTo("C0NEW")));
        assertThat(pauses).isEmpty();
    }

    @Test
    void aRateLimitIsWaitedOutAsSlackSaysAndAServerErrorWithBackOffThenTheCallSucceeds() {
        ResponsesInSequence.of("flaky create", () -> post(urlEqualTo("/api/conversations.create")),
                aResponse().withStatus(429).withHeader("Retry-After", "3"), aResponse().withStatus(500),
                okJson("{\"ok\":true,\"channel\":{\"id\":\"C0LATE\",\"name\":\"eval-acme\"}}"))
                .forEach(slackApi::stubFor);

        assertThat(adapter.createChannel("eval-acme", false).id()).isEqualTo("C0LATE");

        slackApi.verify(3, postRequestedFor(urlEqualTo("/api/conversations.create")));
        assertThat(pauses).containsExactly(Duration.ofSeconds(3), BACKOFF.multipliedBy(2));
    }

    @Test
    void afterTheLastAttemptTheCallFailsWithWhatWentWrong() {
        stub("conversations.archive", aResponse().withStatus(503));

        assertThatThrownBy(() -> adapter.archive("C0GONE")).isInstanceOf(SlackCallFailed.class)
                .hasMessageContaining("conversations.archive failed: HTTP 503 (attempt 3 of 3)");
        slackApi.verify(3, postRequestedFor(urlEqualTo("/api/conversations.archive")));
        assertThat(pauses).containsExactly(BACKOFF, BACKOFF.multipliedBy(2));
    }

    @Test
    void aRateLimitLongerThanTheLongestWaitEndsTheCallAndSaysWhenToComeBack() {
        stub("conversations.create", aResponse().withStatus(429).withHeader("Retry-After", "120"));

        assertThatThrownBy(() -> adapter.createChannel("customer-busy", true))
                .isInstanceOfSatisfying(SlackCallFailed.class,
                        failed -> assertThat(failed.retryAfter()).contains(Duration.ofSeconds(120)));
        slackApi.verify(1, postRequestedFor(urlEqualTo("/api/conversations.create")));
        assertThat(pauses).isEmpty();
    }

    @Test
    void slacksTransientErrorCodesAreRetriedButAMissingScopeIsNot() {
        ResponsesInSequence.of("internal error", () -> post(urlEqualTo("/api/conversations.invite")),
                okJson("{\"ok\":false,\"error\":\"internal_error\"}"),
                okJson("{\"ok\":false,\"error\":\"already_in_channel\"}")).forEach(slackApi::stubFor);
        stub("conversations.create",
                okJson("{\"ok\":false,\"error\":\"missing_scope\",\"needed\":\"groups:write\"}"));

        adapter.invite("C0SOME", List.of("U1"));
        assertThatThrownBy(() -> adapter.createChannel("customer-acme", true)).isInstanceOf(SlackCallFailed.class)
                .hasMessage("conversations.create was refused: missing_scope (scope needed: groups:write)");

        slackApi.verify(2, postRequestedFor(urlEqualTo("/api/conversations.invite")));
        slackApi.verify(1, postRequestedFor(urlEqualTo("/api/conversations.create")));
    }

    @Test
    void aNameTakenByAnEarlierAttemptsChannelAdoptsThatChannelFoundAmongTheBotsOwn() {
        stub("conversations.create", okJson("{\"ok\":false,\"error\":\"name_taken\"}"));
        botChannels("{\"id\":\"C0OTHER\",\"name\":\"general\"}", "{\"id\":\"C0MINE\",\"name\":\"customer-acme-1\"}");

        assertThat(adapter.createChannel("customer-acme-1", true)).isEqualTo(new SlackConversation("C0MINE",
                "customer-acme-1"));
        slackApi.verify(2, postRequestedFor(urlEqualTo("/api/users.conversations"))
                .withFormParam("types", equalTo("public_channel,private_channel"))
                .withFormParam("exclude_archived", equalTo("1"))
                .withFormParam("limit", equalTo("200")));
        slackApi.verify(1, postRequestedFor(urlEqualTo("/api/users.conversations"))
                .withFormParam("cursor", equalTo("page2")));
        slackApi.verify(0, postRequestedFor(urlEqualTo("/api/conversations.list")));
    }

    @Test
    void aChannelTheBotIsNotInIsNotFoundAfterTheLastPage() {
        botChannels("{\"id\":\"C0OTHER\",\"name\":\"general\"}", "{\"id\":\"C0RANDOM\",\"name\":\"random\"}");

        assertThat(adapter.findChannel("customer-acme-1")).isEmpty();
        slackApi.verify(2, postRequestedFor(urlEqualTo("/api/users.conversations")));
    }

    @Test
    void aNameTakenByAChannelTheBotIsNotInFailsTheCreation() {
        stub("conversations.create", okJson("{\"ok\":false,\"error\":\"name_taken\"}"));
        botChannels("{\"id\":\"C0OTHER\",\"name\":\"general\"}", "{\"id\":\"C0RANDOM\",\"name\":\"random\"}");

        assertThatThrownBy(() -> adapter.createChannel("customer-acme-1", true)).isInstanceOf(SlackCallFailed.class)
                .hasMessageContaining("the name #customer-acme-1 is taken by a channel the bot is not a member of");
    }

    @Test
    void archivingAChannelThatIsAlreadyArchivedIsDone() {
        stub("conversations.archive", okJson("{\"ok\":false,\"error\":\"already_archived\"}"));

        adapter.archive("C0OLD");

        slackApi.verify(1, postRequestedFor(urlEqualTo("/api/conversations.archive")));
    }

    /** The bot's channels in two pages: the first page's channel, then the second's. */
    private static void botChannels(String firstPage, String secondPage) {
        slackApi.stubFor(post(urlEqualTo("/api/users.conversations")).withRequestBody(containing("cursor=page2"))
                .willReturn(okJson("{\"ok\":true,\"channels\":[" + secondPage + "],"
                        + "\"response_metadata\":{\"next_cursor\":\"\"}}")));
        slackApi.stubFor(post(urlEqualTo("/api/users.conversations")).atPriority(10)
                .willReturn(okJson("{\"ok\":true,\"channels\":[" + firstPage + "],"
                        + "\"response_metadata\":{\"next_cursor\":\"page2\"}}")));
    }

    private static void stub(String method, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        slackApi.stubFor(post(urlEqualTo("/api/" + method)).willReturn(response));
    }
}
