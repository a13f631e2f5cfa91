package dev.seamless.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that tests move by hand, so time-driven rules (expiry, overdue, EXPEDITE) are checked without sleeping.
 * It starts at the real current time. Produce it in a module's test sources to replace the services' default
 * clock, e.g. {@code @Produces @Singleton Clock clock() { return TestClock.INSTANCE; }}.
 */
public final class TestClock extends Clock {

    /** One per test JVM, shared by the application under test and the tests that move it. */
    public static final TestClock INSTANCE = new TestClock(Instant.now());

    private volatile Instant now;

    private TestClock(Instant start) {
        this.now = start;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Back to the real current time, for tests that do not care. */
    public void reset() {
        now = Instant.now();
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (ZoneOffset.UTC.equals(zone)) {
            return this;
        }
        throw new UnsupportedOperationException("the test clock runs in UTC");
    }
}
