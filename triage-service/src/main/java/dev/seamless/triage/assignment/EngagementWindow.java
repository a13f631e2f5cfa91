package dev.seamless.triage.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The days an SA must be available for a request: the day of the requested event; else any one of the preferred
 * days (the AE offers alternatives); else, for an undated request, the day it is looked at. Days are read in the
 * request's time zone (the company's when the request has none).
 */
public record EngagementWindow(List<LocalDate> days, boolean anyDaySuffices) {

    public EngagementWindow {
        days = List.copyOf(days);
    }

    /**
     * @param zone the time zone the days are read in
     * @param now the moment the request is looked at: an undated request needs its SA on that day
     */
    public static EngagementWindow of(OffsetDateTime requestedFor, List<OffsetDateTime> preferredDates, ZoneId zone,
            Instant now) {
        if (requestedFor != null) {
            return new EngagementWindow(List.of(dayOf(requestedFor, zone)), false);
        }
        if (preferredDates != null && !preferredDates.isEmpty()) {
            return new EngagementWindow(preferredDates.stream().map(date -> dayOf(date, zone)).distinct()
                    .sorted().toList(), true);
        }
        return new EngagementWindow(List.of(LocalDate.ofInstant(now, zone)), false);
    }

    private static LocalDate dayOf(OffsetDateTime time, ZoneId zone) {
        return time.atZoneSameInstant(zone).toLocalDate();
    }

    /** @return why the absences make the SA unavailable for this window, if they do */
    public Optional<String> conflictWith(List<Absence> absences) {
        List<String> blocked = days.stream()
                .flatMap(day -> absences.stream().filter(absence -> absence.covers(day))
                        .map(absence -> absence + " covers " + day))
                .toList();
        boolean unavailable = anyDaySuffices
                ? days.stream().allMatch(day -> absences.stream().anyMatch(absence -> absence.covers(day)))
                : !blocked.isEmpty();
        if (!unavailable) {
            return Optional.empty();
        }
        return Optional.of("unavailable: " + String.join(", ", blocked)
                + (anyDaySuffices ? " (every preferred day)" : ""));
    }
}
