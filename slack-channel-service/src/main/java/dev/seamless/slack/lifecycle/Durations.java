package dev.seamless.slack.lifecycle;

import java.time.Duration;

/** Durations in the words people read in reasons: "90 days", "12 hours", else ISO-8601. */
final class Durations {

    private Durations() {
    }

    static String describe(Duration duration) {
        if (!duration.isZero() && duration.toHours() % 24 == 0 && duration.toSeconds() % 3600 == 0) {
            return duration.toDays() + (duration.toDays() == 1 ? " day" : " days");
        }
        if (!duration.isZero() && duration.toSeconds() % 3600 == 0) {
            return duration.toHours() + (duration.toHours() == 1 ? " hour" : " hours");
        }
        return duration.toString();
    }
}
