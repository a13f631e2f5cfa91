package dev.seamless.slack;

import dev.seamless.testsupport.TestClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Replaces the service's clock: tests move time forward by hand instead of waiting. */
@ApplicationScoped
public class TestClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return TestClock.INSTANCE;
    }
}
