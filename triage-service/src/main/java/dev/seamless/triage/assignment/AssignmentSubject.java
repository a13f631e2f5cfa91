package dev.seamless.triage.assignment;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The request an assignment is decided for.
 *
 * @param engagedSaId the SA engaged on it before this decision, if any: named as {@code previousSaId}
 */
public record AssignmentSubject(String requestId, String accountId, String opportunityId, Set<String> topics,
        EngagementWindow window, BigDecimal weight, String engagedSaId) {
}
