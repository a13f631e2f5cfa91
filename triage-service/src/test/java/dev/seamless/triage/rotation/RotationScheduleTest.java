package dev.seamless.triage.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RotationScheduleTest {

    /** 2026-11-02 is a Monday. */
    private final RotationSchedule rotation = new RotationSchedule(LocalDate.parse("2026-11-04"),
            List.of("sa-a", "sa-b", "sa-c"));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({ "2026-11-02, sa-a", "2026-11-08, sa-a", "2026-11-09, sa-b", "2026-11-16, sa-c", "2026-11-23, sa-a",
            "2026-10-26, sa-c", "2026-10-25, sa-b" })
    void eachSaTakesAWeekInTurnFromMondayToSunday(LocalDate date, String onDuty) {
        RotationSchedule.Duty duty = rotation.dutyOn(date, sa -> true).orElseThrow();

        assertThat(duty.onDutySaId()).isEqualTo(onDuty);
        assertThat(duty.covering()).isFalse();
        assertThat(duty.weekOf().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
    }

    @Test
    void theNextAvailableSaCoversForAnAbsentOne() {
        Set<String> away = Set.of("sa-b", "sa-c");

        RotationSchedule.Duty duty = rotation.dutyOn(LocalDate.parse("2026-11-09"), sa -> !away.contains(sa))
                .orElseThrow();

        assertThat(duty.scheduledSaId()).isEqualTo("sa-b");
        assertThat(duty.onDutySaId()).isEqualTo("sa-a");
        assertThat(duty.covering()).isTrue();
    }

    @Test
    void whenEveryoneIsAwayTheScheduledSaStaysOnDuty() {
        RotationSchedule.Duty duty = rotation.dutyOn(LocalDate.parse("2026-11-09"), sa -> false).orElseThrow();

        assertThat(duty.onDutySaId()).isEqualTo("sa-b");
        assertThat(duty.covering()).isFalse();
    }

    @Test
    void anEmptyRotationHasNobodyOnDuty() {
        assertThat(new RotationSchedule(LocalDate.parse("2026-11-02"), List.of()).dutyOn(LocalDate.now(), sa -> true))
                .isEmpty();
    }
}
