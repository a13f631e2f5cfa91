package dev.seamless.triage.rotation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The weekly triage-SA rotation (seed 004, "Weekly SA Triage Assignment"): the SAs take turns a week each, in order,
 * from the week of {@code startsOn}; weeks run Monday to Sunday. When the SA whose week it is is away, the next SA of
 * the rotation who is available covers.
 */
public record RotationSchedule(LocalDate startsOn, List<String> saIds) {

    /** Who is on triage duty on a day, and who covers if that SA is away. */
    public record Duty(LocalDate weekOf, String scheduledSaId, String onDutySaId, boolean covering) {
    }

    public RotationSchedule {
        saIds = List.copyOf(saIds);
    }

    public static LocalDate weekOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** @return the duty on {@code date}, empty when the rotation names nobody */
    public Optional<Duty> dutyOn(LocalDate date, Predicate<String> availableOnDate) {
        if (saIds.isEmpty()) {
            return Optional.empty();
        }
        LocalDate week = weekOf(date);
        long weeks = ChronoUnit.WEEKS.between(weekOf(startsOn), week);
        int scheduled = Math.floorMod(weeks, saIds.size());
        for (int offset = 0; offset < saIds.size(); offset++) {
            String candidate = saIds.get((scheduled + offset) % saIds.size());
            if (availableOnDate.test(candidate)) {
                return Optional.of(new Duty(week, saIds.get(scheduled), candidate, offset > 0));
            }
        }
        return Optional.of(new Duty(week, saIds.get(scheduled), saIds.get(scheduled), false));
    }
}
