package dev.seamless.triage.roster;

import dev.seamless.events.types.Activity;
import java.math.BigDecimal;
import java.util.Map;

/**
 * How much an engagement weighs on an SA (seed 000, "Workload": POVs, security audits and other high-engagement
 * activity weigh more than a call) and how much an SA can carry.
 *
 * @param activityWeights the weight of each activity as a meeting
 * @param asynchronousFactor multiplies the weight of asynchronous help
 * @param expediteFactor multiplies the weight of an EXPEDITE request (short notice costs more)
 * @param defaultCapacity the capacity of an SA whose directory entry gives none
 */
public record WorkloadPolicy(Map<Activity, BigDecimal> activityWeights, BigDecimal asynchronousFactor,
        BigDecimal expediteFactor, BigDecimal defaultCapacity) {

    public WorkloadPolicy {
        for (Activity activity : Activity.values()) {
            if (!activityWeights.containsKey(activity)) {
                throw new IllegalArgumentException("no workload weight for activity " + activity);
            }
        }
        activityWeights = Map.copyOf(activityWeights);
    }

    /** @return the weight of one engagement */
    public BigDecimal weightOf(Activity activity, boolean synchronous, boolean expedite) {
        BigDecimal weight = activityWeights.get(activity);
        if (!synchronous) {
            weight = weight.multiply(asynchronousFactor);
        }
        if (expedite) {
            weight = weight.multiply(expediteFactor);
        }
        return weight.stripTrailingZeros();
    }
}
