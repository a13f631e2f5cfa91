package dev.seamless.events.triage;

import dev.seamless.events.validation.Required;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One SA the assignment engine considered: its rank among the eligible (absent when passed over), the factors that
 * ranked it, and why it was passed over if it was.
 */
public record RankedCandidate(
        @Required String saId,
        Integer rank,
        int expertiseMatches,
        BigDecimal weightedWorkload,
        OffsetDateTime lastAssignedAt,
        String passedOverBecause) {
}
