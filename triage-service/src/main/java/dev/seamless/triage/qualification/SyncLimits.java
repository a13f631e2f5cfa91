package dev.seamless.triage.qualification;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Limits on synchronous (meeting) help for a segment that has them: SMB in seed 000 ("Criteria for Synchronous
 * Engagement" and "Engagement Limitations"). Requests beyond them are helped asynchronously.
 *
 * @param minIacv the IACV from which a meeting is offered
 * @param maxPresalesEngagements synchronous pre-sales engagements per account, ever
 * @param maxPresalesMinutes their total minutes per account
 * @param maxPostsalesEngagementsPerYear synchronous post-sales engagements per account and fiscal year
 * @param maxPostsalesMinutesPerYear their total minutes per account and fiscal year
 * @param guidedPov whether guided POVs are offered at all
 * @param unguidedTopics request topics that ask for guidance the segment does not get in meetings (seed 000 SMB: "No
 *            guided architecture guidance or deployment assistance"), lower case
 */
public record SyncLimits(BigDecimal minIacv, int maxPresalesEngagements, int maxPresalesMinutes,
        int maxPostsalesEngagementsPerYear, int maxPostsalesMinutesPerYear, boolean guidedPov,
        Set<String> unguidedTopics) {

    public SyncLimits {
        unguidedTopics = unguidedTopics.stream().map(topic -> topic.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
