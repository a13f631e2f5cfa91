package dev.seamless.slack.slackapi;

import java.time.Duration;

/** Exponential back-off: the first delay, doubled after each further failure, never more than the cap. */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("back-off needs 0 < initial (" + initial + ") <= max (" + max + ")");
        }
    }

    /** @param failures how many attempts failed so far, at least 1 */
    public Duration delayAfter(int failures) {
        int doublings = Math.min(Math.max(failures, 1) - 1, 30);
        Duration delay = initial.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
