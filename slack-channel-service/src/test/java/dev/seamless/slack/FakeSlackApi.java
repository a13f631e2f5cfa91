package dev.seamless.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A local fake of the Slack Web API (WireMock) that the service's real Slack adapter talks to. By default every call
 * succeeds, a created channel gets a random id and the bot is a member of no channel (users.conversations); tests
 * add their own stubs (failures for one channel name) and check the calls made. Retries wait milliseconds here, not
 * seconds.
 */
public class FakeSlackApi implements QuarkusTestResourceLifecycleManager {

    public static final String TOKEN = "xoxb-seamless-test";
    /** Below the tests' own stubs, which use the default priority. */
    private static final int FALLBACK = 100;

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(post(urlEqualTo("/api/conversations.create")).atPriority(FALLBACK)
                .willReturn(okJson("""
                        {"ok":true,"channel":{"id":"C{{randomValue length=10 type='ALPHANUMERIC' uppercase=true}}",
                         "name":"{{formData request.body 'form' urlDecode=true}}{{form.name}}"}}""")
                        .withTransformers("response-template")));
        server.stubFor(post(urlEqualTo("/api/conversations.invite")).atPriority(FALLBACK)
                .willReturn(okJson("{\"ok\":true}")));
        server.stubFor(post(urlEqualTo("/api/conversations.archive")).atPriority(FALLBACK)
                .willReturn(okJson("{\"ok\":true}")));
        server.stubFor(post(urlEqualTo("/api/users.conversations")).atPriority(FALLBACK)
                .willReturn(okJson("{\"ok\":true,\"channels\":[],\"response_metadata\":{\"next_cursor\":\"\"}}")));
        return Map.of(
                "seamless.slack.token", TOKEN,
                "seamless.slack.base-url", server.baseUrl() + "/api/",
                "seamless.slack.adapter.max-attempts", "3",
                "seamless.slack.adapter.initial-backoff", "PT0.01S",
                "seamless.slack.adapter.max-wait", "PT0.1S");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
