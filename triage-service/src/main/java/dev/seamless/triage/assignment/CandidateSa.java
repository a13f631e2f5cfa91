package dev.seamless.triage.assignment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * An SA of the roster as the assignment engine sees it.
 *
 * @param region the SA's sales region from the directory, absent if unknown
 * @param expertise topics, lower case
 * @param workload the weighted workload of the SA's open engagements, this request's excluded
 * @param lastAssignedAt when the SA last received an engagement, absent if never
 */
public record CandidateSa(String saId, String region, boolean active, Set<String> expertise, BigDecimal capacity,
        BigDecimal workload, OffsetDateTime lastAssignedAt, List<Absence> absences) {

    public CandidateSa {
        expertise = Set.copyOf(expertise);
        absences = List.copyOf(absences);
    }
}
