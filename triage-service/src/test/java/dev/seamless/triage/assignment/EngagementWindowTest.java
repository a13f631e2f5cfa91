package dev.seamless.triage.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngagementWindowTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-30");
    private static final Instant NOON_TODAY_IN_UTC = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void theRequestedEventDecidesAndIsTheCustomersDay() {
        OffsetDateTime event = OffsetDateTime.parse("2026-12-03T01:00:00Z");

        assertThat(EngagementWindow.of(event, List.of(), ZoneId.of("America/New_York"), NOON_TODAY_IN_UTC))
                .isEqualTo(new EngagementWindow(List.of(LocalDate.parse("2026-12-02")), false));
        assertThat(EngagementWindow.of(event, List.of(), ZoneOffset.UTC, NOON_TODAY_IN_UTC).days())
                .containsExactly(LocalDate.parse("2026-12-03"));
    }

    @Test
    void preferredDatesAreAlternatives() {
        EngagementWindow window = EngagementWindow.of(null, List.of(OffsetDateTime.parse("2026-12-05T10:00:00Z"),
                OffsetDateTime.parse("2026-12-04T10:00:00Z"), OffsetDateTime.parse("2026-12-04T15:00:00Z")),
                ZoneOffset.UTC, NOON_TODAY_IN_UTC);

        assertThat(window.days()).containsExactly(LocalDate.parse("2026-12-04"), LocalDate.parse("2026-12-05"));
        assertThat(window.anyDaySuffices()).isTrue();
    }

    @Test
    void anUndatedRequestNeedsTheSaTodayInItsTimeZone() {
        assertThat(EngagementWindow.of(null, List.of(), ZoneOffset.UTC, NOON_TODAY_IN_UTC))
                .isEqualTo(new EngagementWindow(List.of(TODAY), false));
        assertThat(EngagementWindow.of(null, List.of(), ZoneId.of("Pacific/Auckland"), NOON_TODAY_IN_UTC))
                .isEqualTo(new EngagementWindow(List.of(TODAY.plusDays(1)), false));
    }

    @Test
    void theConflictNamesTheAbsenceAndTheDay() {
        EngagementWindow window = new EngagementWindow(List.of(TODAY), false);

        assertThat(window.conflictWith(List.of(new Absence(TODAY.minusDays(2), TODAY, "PTO"))))
                .contains("unavailable: PTO 2026-11-28..2026-11-30 covers 2026-11-30");
        assertThat(window.conflictWith(List.of(new Absence(TODAY.plusDays(1), TODAY.plusDays(3), "PTO")))).isEmpty();
    }
}
