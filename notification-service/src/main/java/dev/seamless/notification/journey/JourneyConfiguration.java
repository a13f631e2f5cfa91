package dev.seamless.notification.journey;

import dev.seamless.notification.support.SupportPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the journey rules from configuration. */
@ApplicationScoped
public class JourneyConfiguration {

    @Produces
    @Singleton
    ClosedWonEmailRule closedWonEmailRule(@ConfigProperty(name = "seamless.stages.closed-won") String closedWon,
            SupportPolicy support) {
        return new ClosedWonEmailRule(closedWon, support);
    }
}
