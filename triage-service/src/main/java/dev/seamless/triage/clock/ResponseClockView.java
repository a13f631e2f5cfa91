package dev.seamless.triage.clock;

import dev.seamless.events.types.TriageClock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A clock of a triage request as the API shows it, with the rule and the settings that set its target. */
public record ResponseClockView(TriageClock clock, String rule, String ownerId, OffsetDateTime startedAt,
        OffsetDateTime remindAt, OffsetDateTime dueAt, OffsetDateTime remindedAt, OffsetDateTime breachedAt,
        OffsetDateTime metAt, OffsetDateTime stoppedAt, String endedBecause, Map<String, Object> inputs) {

    public static List<ResponseClockView> of(String requestId) {
        return ResponseClock.of(requestId).stream().map(clock -> new ResponseClockView(clock.clock, clock.rule,
                clock.ownerId, clock.startedAt, clock.remindAt, clock.dueAt, clock.remindedAt, clock.breachedAt,
                clock.metAt, clock.stoppedAt, clock.endedBecause, clock.inputs)).toList();
    }
}
