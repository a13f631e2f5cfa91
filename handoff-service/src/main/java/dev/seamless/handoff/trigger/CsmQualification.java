package dev.seamless.handoff.trigger;

import dev.seamless.events.types.Tier;
import java.math.BigDecimal;

/**
 * Whether an account qualifies for a CSM: its tier at or above {@code minTier} and its ARR at or above {@code minArr}
 * (seed 000 "meets the threshold for TAM services"; later handbook versions: Premium or above and $50k ARR or more).
 */
public record CsmQualification(Tier minTier, BigDecimal minArr) {

    public boolean qualifies(Tier tier, BigDecimal arr) {
        return tier.isAtLeast(minTier) && arr.compareTo(minArr) >= 0;
    }

    public String threshold() {
        return "tier " + minTier + " or above and ARR " + minArr.toPlainString() + " or more";
    }
}
