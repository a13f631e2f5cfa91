package dev.seamless.notification.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class DeliveryConfiguration {

    @Produces
    @Singleton
    RetrySchedule retrySchedule(@ConfigProperty(name = "seamless.mail.max-attempts") int maxAttempts,
            @ConfigProperty(name = "seamless.mail.initial-backoff") Duration initialBackoff,
            @ConfigProperty(name = "seamless.mail.max-backoff") Duration maxBackoff) {
        return new RetrySchedule(maxAttempts, initialBackoff, maxBackoff);
    }
}
