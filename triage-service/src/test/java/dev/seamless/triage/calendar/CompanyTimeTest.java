package dev.seamless.triage.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CompanyTimeTest {

    private static final Clock NOON_IN_UTC = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void todayIsTheCompanysDay() {
        assertThat(new CompanyTime(ZoneOffset.UTC, NOON_IN_UTC).today()).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(new CompanyTime(ZoneId.of("Pacific/Auckland"), NOON_IN_UTC).today())
                .isEqualTo(LocalDate.parse("2026-12-01"));
    }

    @Test
    void aRequestsOwnTimeZoneWinsOverTheCompanys() {
        CompanyTime time = new CompanyTime(ZoneId.of("America/New_York"), NOON_IN_UTC);

        assertThat(time.zoneOr(ZoneId.of("Europe/Berlin"))).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(time.zoneOr(null)).isEqualTo(ZoneId.of("America/New_York"));
    }
}
