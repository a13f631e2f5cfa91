package dev.seamless.triage.clock;

import dev.seamless.triage.calendar.BusinessDays;
import dev.seamless.triage.calendar.CompanyTime;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the clock rules from configuration at start-up, so a bad setting stops the service with a message. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Startup
    @Singleton
    ClockPolicy clockPolicy(ClockConfig config, CompanyTime time) {
        return new ClockPolicy(config, new BusinessDays(config.weekend(), time.zone()));
    }
}
