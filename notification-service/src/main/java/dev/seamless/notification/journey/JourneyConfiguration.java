package dev.seamless.notification.journey;

import dev.seamless.notification.support.SupportPolicy;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Builds the journey rules from configuration, and warns about the keys that moved to handoff-service. */
@ApplicationScoped
public class JourneyConfiguration {

    private static final Logger LOG = Logger.getLogger(JourneyConfiguration.class);

    @Produces
    @Singleton
    PostSalesEmailRule postSalesEmailRule(SupportPolicy support,
            @ConfigProperty(name = "seamless.post-sales.withdraw-on-cancellation") Set<String> withdrawing) {
        return new PostSalesEmailRule(support, withdrawing);
    }

    void warnAboutRetiredKeys(@Observes StartupEvent start, Config config) {
        RetiredKeys.warnings(key -> config.getOptionalValue(key, String.class)).forEach(LOG::warn);
    }
}
