package dev.seamless.notification.delivery;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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

    /** A send still under way when the abandoned check runs would be reported FAILED although it may succeed. */
    void checkAbandonedAfter(@Observes StartupEvent started,
            @ConfigProperty(name = "seamless.mail.abandoned-after") Duration abandonedAfter,
            @ConfigProperty(name = "quarkus.mailer.timeout") Duration smtpTimeout) {
        if (abandonedAfter.compareTo(smtpTimeout) <= 0) {
            throw new IllegalStateException("seamless.mail.abandoned-after (" + abandonedAfter
                    + ") must be longer than quarkus.mailer.timeout (" + smtpTimeout + "), the longest one send takes");
        }
    }
}
