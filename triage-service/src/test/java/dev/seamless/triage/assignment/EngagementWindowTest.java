package dev.seamless.triage.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngagementWindowTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-30");
    private static final Instant NOON_TODAY_IN_UTC = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void theRequestedEventDecidesAndIsTheCustomersDay() {
        OffsetDateTime event = OffsetDateTime.parse("2026-12-03T01:00:00Z");

        assertThat(EngagementWindow.of(event, List.of(), ZoneId.of("America/New_York"), NOON_TODAY_IN_UTC, 1))
                .isEqualTo(new EngagementWindow(List.of(LocalDate.parse("2026-12-02")), false));
        assertThat(EngagementWindow.of(event, List.of(), ZoneOffset.UTC, NOON_TODAY_IN_UTC, 1).days())
                .containsExactly(LocalDate.parse("2026-12-03"));
    }

    @Test
    void preferredDatesAreAlternatives() {
        EngagementWindow window = EngagementWindow.of(null, List.of(OffsetDateTime.parse("2026-12-05T10:00:00Z"),
                OffsetDateTime.parse("2026-12-04T10:00:00Z"), OffsetDateTime.parse("2026-12-04T15:00:00Z")),
                ZoneOffset.UTC, NOON_TODAY_IN_UTC, 1);

        assertThat(window.days()).containsExactly(LocalDate.parse("2026-12-04"), LocalDate.parse("2026-12-05"));
        assertThat(window.anyDaySuffices()).isTrue();
    }

    @Test
    void anUndatedRequestNeedsTheSaTodayInItsTimeZone() {
        assertThat(EngagementWindow.of(null, List.of(), ZoneOffset.UTC, NOON_TODAY_IN_UTC, 1))
                .isEqualTo(new EngagementWindow(List.of(TODAY), false));
        assertThat(EngagementWindow.of(null, List.of(), ZoneId.of("Pacific/Auckland"), NOON_TODAY_IN_UTC, 1))
                .isEqualTo(new EngagementWindow(List.of(TODAY.plusDays(1)), false));
    }

    @ParameterizedTest(name = "PTO {0}..{1} against a 14-day POV from 2026-12-03: conflict {2}")
    @CsvSource({ "2026-12-01, 2026-12-02, false", "2026-12-01, 2026-12-03, true", "2026-12-16, 2026-12-20, true",
            "2026-12-17, 2026-12-20, false" })
    void aMultiDayEngagementNeedsItsSaOnEveryDayOfIt(LocalDate from, LocalDate to, boolean conflict) {
        EngagementWindow pov = EngagementWindow.of(OffsetDateTime.parse("2026-12-03T15:00:00Z"), List.of(),
                ZoneOffset.UTC, NOON_TODAY_IN_UTC, 14);

        assertThat(pov.conflictWith(List.of(new Absence(from, to, "PTO"))).isPresent()).isEqualTo(conflict);
    }

    @Test
    void aMultiDayEngagementOnPreferredDatesNeedsOneAlternativeFreeThroughout() {
        EngagementWindow workshop = EngagementWindow.of(null, List.of(OffsetDateTime.parse("2026-12-03T10:00:00Z"),
                OffsetDateTime.parse("2026-12-07T10:00:00Z")), ZoneOffset.UTC, NOON_TODAY_IN_UTC, 2);
        LocalDate firstStart = LocalDate.parse("2026-12-03");

        assertThat(workshop.conflictWith(List.of(new Absence(firstStart.plusDays(1), firstStart.plusDays(1), "PTO"))))
                .isEmpty();
        assertThat(workshop.conflictWith(List.of(new Absence(firstStart.plusDays(1), firstStart.plusDays(4), "PTO"))))
                .contains("unavailable: PTO 2026-12-04..2026-12-07 covers 2026-12-04, PTO 2026-12-04..2026-12-07"
                        + " covers 2026-12-07 (every preferred day)");
    }

    @Test
    void anUndatedRequestNeedsItsSaTodayOnlyWhateverItsLength() {
        assertThat(EngagementWindow.of(null, List.of(), ZoneOffset.UTC, NOON_TODAY_IN_UTC, 14))
                .isEqualTo(new EngagementWindow(List.of(TODAY), false, 1));
    }

    @Test
    void theConflictNamesTheAbsenceAndTheDay() {
        EngagementWindow window = new EngagementWindow(List.of(TODAY), false);

        assertThat(window.conflictWith(List.of(new Absence(TODAY.minusDays(2), TODAY, "PTO"))))
                .contains("unavailable: PTO 2026-11-28..2026-11-30 covers 2026-11-30");
        assertThat(window.conflictWith(List.of(new Absence(TODAY.plusDays(1), TODAY.plusDays(3), "PTO")))).isEmpty();
    }
}
