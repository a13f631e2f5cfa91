package dev.seamless.triage.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The days an SA must be available for a request: the engagement from the day of the requested event; else one of the
 * engagements that would start on a preferred day (the AE offers alternatives); else, for an undated request, the day
 * it is looked at. An engagement lasts {@code lengthInDays} days from its start (a POV runs for weeks, a workshop for
 * days). Days are read in the request's time zone (the company's when the request has none).
 *
 * @param days the days the engagement may start on: one, or the preferred alternatives
 * @param anyDaySuffices whether one free alternative is enough (preferred dates)
 * @param lengthInDays how many days, the start included, the SA is needed from each start
 */
public record EngagementWindow(List<LocalDate> days, boolean anyDaySuffices, int lengthInDays) {

    public EngagementWindow {
        days = List.copyOf(days);
        if (lengthInDays < 1) {
            throw new IllegalArgumentException("an engagement lasts at least one day, not " + lengthInDays);
        }
    }

    /** A window of one-day engagements. */
    public EngagementWindow(List<LocalDate> days, boolean anyDaySuffices) {
        this(days, anyDaySuffices, 1);
    }

    /**
     * @param zone the time zone the days are read in
     * @param now the moment the request is looked at: an undated request needs its SA on that day
     * @param lengthInDays how long the engagement lasts once it starts; an undated request needs its SA today only
     */
    public static EngagementWindow of(OffsetDateTime requestedFor, List<OffsetDateTime> preferredDates, ZoneId zone,
            Instant now, int lengthInDays) {
        if (requestedFor != null) {
            return new EngagementWindow(List.of(dayOf(requestedFor, zone)), false, lengthInDays);
        }
        if (preferredDates != null && !preferredDates.isEmpty()) {
            return new EngagementWindow(preferredDates.stream().map(date -> dayOf(date, zone)).distinct()
                    .sorted().toList(), true, lengthInDays);
        }
        return new EngagementWindow(List.of(LocalDate.ofInstant(now, zone)), false);
    }

    private static LocalDate dayOf(OffsetDateTime time, ZoneId zone) {
        return time.atZoneSameInstant(zone).toLocalDate();
    }

    /** @return why the absences make the SA unavailable for this window, if they do */
    public Optional<String> conflictWith(List<Absence> absences) {
        List<String> blocked = new ArrayList<>();
        int blockedStarts = 0;
        for (LocalDate start : days) {
            List<String> overlaps = overlaps(start, absences);
            blocked.addAll(overlaps);
            blockedStarts += overlaps.isEmpty() ? 0 : 1;
        }
        boolean unavailable = anyDaySuffices ? blockedStarts == days.size() : blockedStarts > 0;
        if (!unavailable) {
            return Optional.empty();
        }
        return Optional.of("unavailable: " + String.join(", ", blocked)
                + (anyDaySuffices ? " (every preferred day)" : ""));
    }

    /** The absences that fall into the engagement starting on the day, each with the days it covers. */
    private List<String> overlaps(LocalDate start, List<Absence> absences) {
        LocalDate end = start.plusDays(lengthInDays - 1L);
        List<String> overlaps = new ArrayList<>();
        for (Absence absence : absences) {
            LocalDate first = absence.from().isAfter(start) ? absence.from() : start;
            LocalDate last = absence.to().isBefore(end) ? absence.to() : end;
            if (!first.isAfter(last)) {
                overlaps.add(absence + " covers " + first + (first.equals(last) ? "" : ".." + last));
            }
        }
        return overlaps;
    }
}
