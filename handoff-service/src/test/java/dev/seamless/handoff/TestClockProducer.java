package dev.seamless.handoff;

import dev.seamless.testsupport.TestClock;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The service runs on the test clock, which tests move by hand instead of sleeping. */
public class TestClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return TestClock.INSTANCE;
    }
}
