package dev.seamless.triage.assignment;

import java.time.LocalDate;

/** A period an SA is away, both days included (PTO, sick leave, training, ...). */
public record Absence(LocalDate from, LocalDate to, String reason) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    @Override
    public String toString() {
        return reason + " " + from + ".." + to;
    }
}
