package dev.seamless.triage.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The company's time zone ({@code seamless.triage.time-zone}) and the service's clock. A request's dates (its
 * engagement days, fiscal quarter and fiscal year) are read in the request's own time zone, else in the company's;
 * the service's "today" (who is on triage duty, which absences have ended) is the company's.
 */
public final class CompanyTime {

    private final ZoneId zone;
    private final Clock clock;

    public CompanyTime(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    public ZoneId zone() {
        return zone;
    }

    /** @return the request's own time zone if it has one, else the company's */
    public ZoneId zoneOr(ZoneId requestZone) {
        return requestZone != null ? requestZone : zone;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
