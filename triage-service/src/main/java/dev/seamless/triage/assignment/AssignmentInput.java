package dev.seamless.triage.assignment;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What the assignment engine decides on.
 *
 * @param topics the expertise topics the request names, lower case
 * @param weight the request's own weighted workload
 * @param accountSaId the account's current SA, who keeps the account if possible
 * @param triageSaId the SA on triage duty, who owns what cannot be placed
 * @param excluded SAs that must not get it (the SA a reassignment moves it away from), with the reason
 * @param accountRegion the account's region, absent if unknown
 * @param board the regional board of the account's region, absent when the region is on no board: then every SA is
 *            a candidate
 */
public record AssignmentInput(String requestId, Set<String> topics, EngagementWindow window, BigDecimal weight,
        String accountSaId, String triageSaId, Set<String> excluded, String exclusionReason, String accountRegion,
        RegionalBoard board) {

    public AssignmentInput {
        topics = Set.copyOf(topics);
        excluded = Set.copyOf(excluded);
    }
}
