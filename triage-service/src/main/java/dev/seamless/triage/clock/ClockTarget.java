package dev.seamless.triage.clock;

import java.time.OffsetDateTime;
import java.util.Map;

/** A clock to start: when it runs from, when the reminder is due, when the target is breached, and why. */
public record ClockTarget(String rule, OffsetDateTime startedAt, OffsetDateTime remindAt, OffsetDateTime dueAt,
        Map<String, Object> inputs) {
}
