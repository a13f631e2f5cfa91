package dev.seamless.triage.assignment;

import dev.seamless.events.types.Activity;
import java.util.Map;

/**
 * How many days an engagement of each activity needs its SA, from the requested day on: a POV runs for weeks, a
 * workshop for days, a call for its day. Activities without a configured length take one day.
 */
public record EngagementLengths(Map<Activity, Integer> days) {

    public EngagementLengths {
        days.forEach((activity, length) -> {
            if (length == null || length < 1) {
                throw new IllegalArgumentException("the engagement length of " + activity + " must be at least 1"
                        + " day, not " + length);
            }
        });
        days = Map.copyOf(days);
    }

    public int of(Activity activity) {
        return days.getOrDefault(activity, 1);
    }
}
