package dev.seamless.triage.assignment;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The request an assignment is decided for.
 *
 * @param handoffFromSaId the SA an engaged SA takes the request over from, if any: the SA engaged on it now, else the
 *            one last engaged before it went to a hold. Named as {@code previousSaId} of the next engaged assignment
 *            only; a hold names nobody, as the SA holding it does not take the engagement over.
 */
public record AssignmentSubject(String requestId, String accountId, String opportunityId, Set<String> topics,
        EngagementWindow window, BigDecimal weight, String handoffFromSaId) {
}
