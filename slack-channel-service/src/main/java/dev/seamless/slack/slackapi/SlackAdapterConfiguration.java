package dev.seamless.slack.slackapi;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.seamless.slack.policy.SlackPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Chooses the Slack adapter: the Web API when a token is configured, the logging adapter otherwise. */
@ApplicationScoped
public class SlackAdapterConfiguration {

    private static final Logger LOG = Logger.getLogger(SlackAdapterConfiguration.class);

    @Produces
    @Singleton
    SlackAdapter slackAdapter(SlackPolicy policy) {
        SlackPolicy.Adapter settings = policy.adapter();
        String token = policy.token().map(String::trim).filter(value -> !value.isEmpty()).orElse(null);
        if (token == null) {
            LOG.info("No Slack token (seamless.slack.token): channels are logged, not created in Slack");
            return new LoggingSlackAdapter();
        }
        String baseUrl = policy.baseUrl().endsWith("/") ? policy.baseUrl() : policy.baseUrl() + "/";
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(baseUrl);
        config.setStatsEnabled(false);
        int timeoutMillis = (int) settings.timeout().toMillis();
        config.setHttpClientCallTimeoutMillis(timeoutMillis);
        config.setHttpClientReadTimeoutMillis(timeoutMillis);
        config.setHttpClientWriteTimeoutMillis(timeoutMillis);
        LOG.infof("Slack channels are managed through the Slack Web API at %s", baseUrl);
        return new WebApiSlackAdapter(Slack.getInstance(config), token, new WebApiSlackAdapter.Retries(
                settings.maxAttempts(), new Backoff(settings.initialBackoff(), settings.maxWait()),
                settings.maxWait()), Pause.SLEEP);
    }

    void close(@Disposes SlackAdapter adapter) {
        adapter.close();
    }
}
