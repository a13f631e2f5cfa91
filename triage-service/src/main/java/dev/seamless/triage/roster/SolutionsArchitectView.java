package dev.seamless.triage.roster;

import dev.seamless.events.types.Segment;
import dev.seamless.triage.assignment.Absence;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An SA with the current weighted workload of their engagements against their capacity (DESIGN §6: the fairness
 * ledger), whether they are away today, and their absences that have not ended.
 */
public record SolutionsArchitectView(String personId, String name, String email, String region, Segment segment,
        List<String> expertise, boolean active, BigDecimal capacity, BigDecimal weightedWorkload,
        BigDecimal utilisation, boolean availableToday, List<Absence> absences, OffsetDateTime lastAssignedAt) {
}
