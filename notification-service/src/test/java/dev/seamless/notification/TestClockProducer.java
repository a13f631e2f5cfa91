package dev.seamless.notification;

import dev.seamless.testsupport.TestClock;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The application under test reads the clock the tests move, so retry times arrive without sleeping. */
@Dependent
public class TestClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return TestClock.INSTANCE;
    }
}
