package dev.seamless.slack.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seamless.slack.approval.ApprovalTarget.Due;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ApprovalTargetTest {

    private static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private final ApprovalTarget target = new ApprovalTarget(1, Duration.ofHours(4), WEEKDAYS, ZoneOffset.UTC);

    @Test
    void oneBusinessDayIsTheNextWorkingDayAtTheSameTime() {
        assertThat(target.dueAt(at("2026-12-07T09:00:00Z"))).as("Monday").isEqualTo(at("2026-12-08T09:00:00Z"));
        assertThat(target.dueAt(at("2026-12-11T15:00:00Z"))).as("Friday, over the weekend")
                .isEqualTo(at("2026-12-14T15:00:00Z"));
        assertThat(target.dueAt(at("2026-12-12T10:00:00Z"))).as("Saturday counts from Monday's start")
                .isEqualTo(at("2026-12-15T00:00:00Z"));
        assertThat(new ApprovalTarget(2, Duration.ofHours(4), WEEKDAYS, ZoneOffset.UTC)
                .dueAt(at("2026-12-10T09:00:00Z"))).as("two days from Thursday").isEqualTo(at("2026-12-14T09:00:00Z"));
    }

    @Test
    void daysAreCountedInTheConfiguredZone() {
        ApprovalTarget berlin = new ApprovalTarget(1, Duration.ofHours(4), WEEKDAYS, ZoneId.of("Europe/Berlin"));

        assertThat(berlin.dueAt(at("2026-12-11T23:30:00Z"))).as("already Saturday 00:30 in Berlin")
                .isEqualTo(at("2026-12-14T23:00:00Z"));
    }

    @Test
    void theReminderComesFourHoursBeforeAndTheBreachAtTheTargetBothInclusive() {
        OffsetDateTime due = at("2026-12-08T09:00:00Z");

        assertThat(target.due(due, false, false, at("2026-12-08T04:59:59Z"))).isEqualTo(Due.NOTHING);
        assertThat(target.due(due, false, false, at("2026-12-08T05:00:00Z"))).isEqualTo(Due.REMINDER);
        assertThat(target.due(due, true, false, at("2026-12-08T08:59:59Z"))).isEqualTo(Due.NOTHING);
        assertThat(target.due(due, true, false, at("2026-12-08T09:00:00Z"))).isEqualTo(Due.BREACH);
        assertThat(target.due(due, false, false, at("2026-12-08T10:00:00Z"))).as("late: the breach only")
                .isEqualTo(Due.BREACH);
        assertThat(target.due(due, true, true, at("2026-12-09T10:00:00Z"))).as("published once")
                .isEqualTo(Due.NOTHING);
    }

    @Test
    void aReminderOutsideTheTargetIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new ApprovalTarget(1, Duration.ofHours(24), WEEKDAYS, ZoneOffset.UTC))
                .hasMessageContaining("must fall within the target");
        assertThatThrownBy(() -> new ApprovalTarget(0, Duration.ofHours(4), WEEKDAYS, ZoneOffset.UTC))
                .hasMessageContaining("at least 1 business day");
    }

    private static OffsetDateTime at(String instant) {
        return OffsetDateTime.parse(instant);
    }
}
