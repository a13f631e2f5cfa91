package dev.seamless.notification.delivery;

import java.time.Duration;
import java.util.Optional;

/**
 * When to try a failed send again: the delay doubles after each failed attempt, from {@code initialBackoff} up to
 * {@code maxBackoff}, until {@code maxAttempts} attempts have been made.
 */
public final class RetrySchedule {

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;

    public RetrySchedule(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("seamless.mail.max-attempts must be at least 1, not " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("seamless.mail back-off must satisfy 0 <= initial-backoff ("
                    + initialBackoff + ") <= max-backoff (" + maxBackoff + ")");
        }
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    /** @return how long to wait after the {@code failedAttempts}-th failed attempt, or empty when none is left */
    public Optional<Duration> delayAfter(int failedAttempts) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration delay = initialBackoff.multipliedBy(1L << doublings);
        return Optional.of(delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay);
    }

    public int maxAttempts() {
        return maxAttempts;
    }
}
