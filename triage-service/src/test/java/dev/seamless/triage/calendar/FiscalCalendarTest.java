package dev.seamless.triage.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.triage.SeedPolicy;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalCalendarTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2026-01-31, FY26-Q4",
            "2026-02-01, FY27-Q1",
            "2026-04-30, FY27-Q1",
            "2026-05-01, FY27-Q2",
            "2026-08-01, FY27-Q3",
            "2026-10-31, FY27-Q3",
            "2026-11-01, FY27-Q4",
            "2027-01-31, FY27-Q4" })
    void theFiscalYearStartsInFebruaryByDefaultAndIsNamedAfterTheYearItEnds(LocalDate date, String label) {
        assertThat(SeedPolicy.fiscalCalendar().quarterLabel(date)).isEqualTo(label);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({ "2026-01-01, 2026-Q1", "2026-03-31, 2026-Q1", "2026-04-01, 2026-Q2", "2026-12-31, 2026-Q4" })
    void aJanuaryStartMakesTheFiscalYearTheCalendarYear(LocalDate date, String label) {
        assertThat(new FiscalCalendar(Month.JANUARY, "{yyyy}-Q{q}").quarterLabel(date)).isEqualTo(label);
    }

    @ParameterizedTest(name = "start {0}: {1} is {2}")
    @CsvSource({ "JULY, 2026-06-30, FY26-Q4", "JULY, 2026-07-01, FY27-Q1", "OCTOBER, 2026-12-31, FY27-Q1" })
    void anyStartMonthWorks(Month start, LocalDate date, String label) {
        assertThat(new FiscalCalendar(start, "FY{yy}-Q{q}").quarterLabel(date)).isEqualTo(label);
    }

    @ParameterizedTest(name = "{0} and {1}: same year {2}")
    @CsvSource({ "2026-02-01, 2027-01-31, true", "2026-01-31, 2026-02-01, false" })
    void sameFiscalYearFollowsTheStartMonth(LocalDate one, LocalDate other, boolean same) {
        assertThat(SeedPolicy.fiscalCalendar().sameFiscalYear(one, other)).isEqualTo(same);
    }
}
