package dev.seamless.triage;

import dev.seamless.events.types.Activity;
import dev.seamless.events.types.Segment;
import dev.seamless.events.types.Tier;
import dev.seamless.triage.assignment.AssignmentPolicy;
import dev.seamless.triage.board.LabelPolicy;
import dev.seamless.triage.calendar.FiscalCalendar;
import dev.seamless.triage.qualification.QualificationPolicy;
import dev.seamless.triage.qualification.RequestInformation;
import dev.seamless.triage.qualification.SyncLimits;
import dev.seamless.triage.qualification.UsdRates;
import dev.seamless.triage.roster.WorkloadPolicy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The seeds' defaults as plain policy objects, for unit tests of the rule classes. */
public final class SeedPolicy {

    private SeedPolicy() {
    }

    public static QualificationPolicy qualification() {
        return new QualificationPolicy(
                Map.of(Segment.SMB, new BigDecimal("10000"), Segment.MID_MARKET, new BigDecimal("10000"),
                        Segment.NAMED, new BigDecimal("10000")),
                new BigDecimal("2000"), new BigDecimal("25000"),
                Map.of(Segment.SMB, new SyncLimits(new BigDecimal("5000"), 2, 60, 2, 60, false,
                        Set.of("architecture", "deployment"))),
                30, List.of(RequestInformation.OBJECTIVES, RequestInformation.AGENDA, RequestInformation.ATTENDEES),
                Duration.ofHours(8), Duration.ofHours(48), new UsdRates(Map.of("EUR", new BigDecimal("1.08"))));
    }

    public static FiscalCalendar fiscalCalendar() {
        return new FiscalCalendar(Month.FEBRUARY, "FY{yy}-Q{q}");
    }

    public static LabelPolicy labels() {
        return new LabelPolicy(Duration.ofHours(24), Set.of(Segment.SMB), Tier.PREMIUM);
    }

    public static WorkloadPolicy workload() {
        return new WorkloadPolicy(Map.of(Activity.DISCOVERY_CALL, BigDecimal.ONE, Activity.TECHNICAL_QUESTION,
                BigDecimal.ONE, Activity.DEMO, new BigDecimal("2"), Activity.WORKSHOP, new BigDecimal("3"),
                Activity.SECURITY_REVIEW, new BigDecimal("3"), Activity.POV, new BigDecimal("5")),
                new BigDecimal("0.5"), new BigDecimal("1.5"), new BigDecimal("10"));
    }

    public static AssignmentPolicy assignment() {
        return new AssignmentPolicy(1, AssignmentPolicy.BoardFallback.ALL_SAS);
    }
}
