package dev.seamless.handoff.checklist;

import dev.seamless.events.types.Tier;
import dev.seamless.handoff.trigger.ClosedWonRule;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the rule objects from configuration once, at start-up, so a bad template file stops the service early. */
@ApplicationScoped
public class ChecklistConfiguration {

    @Produces
    @Startup
    @ApplicationScoped
    ChecklistCatalog checklists(@ConfigProperty(name = "seamless.handoff.templates") String location) {
        return ChecklistCatalog.load(location);
    }

    @Produces
    @ApplicationScoped
    ClosedWonRule closedWonRule(@ConfigProperty(name = "seamless.stages.closed-won") String closedWon,
            @ConfigProperty(name = "seamless.handoff.csm-qualification.min-tier") Tier minTier,
            @ConfigProperty(name = "seamless.handoff.csm-qualification.min-arr") BigDecimal minArr) {
        return new ClosedWonRule(closedWon, minTier, minArr);
    }
}
