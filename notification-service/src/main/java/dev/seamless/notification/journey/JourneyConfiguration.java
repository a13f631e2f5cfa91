package dev.seamless.notification.journey;

import dev.seamless.notification.support.SupportPolicy;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/** Builds the journey rules from configuration, and warns about the keys that moved to handoff-service. */
@ApplicationScoped
public class JourneyConfiguration {

    private static final Logger LOG = Logger.getLogger(JourneyConfiguration.class);

    @Produces
    @Singleton
    PostSalesEmailRule postSalesEmailRule(SupportPolicy support) {
        return new PostSalesEmailRule(support);
    }

    void warnAboutRetiredKeys(@Observes StartupEvent start, Config config) {
        RetiredKeys.warnings(key -> config.getOptionalValue(key, String.class)).forEach(LOG::warn);
    }
}
