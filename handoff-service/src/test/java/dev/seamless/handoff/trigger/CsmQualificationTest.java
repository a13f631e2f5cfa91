package dev.seamless.handoff.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.events.types.Tier;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CsmQualificationTest {

    private final CsmQualification premium50k = new CsmQualification(Tier.PREMIUM, new BigDecimal("50000"));

    @Test
    void arrAtTheThresholdQualifiesOneCentBelowDoesNot() {
        assertThat(premium50k.qualifies(Tier.PREMIUM, new BigDecimal("50000.00"))).isTrue();
        assertThat(premium50k.qualifies(Tier.PREMIUM, new BigDecimal("49999.99"))).isFalse();
    }

    @Test
    void theMinimumTierAndAboveQualifyTheTierBelowDoesNot() {
        BigDecimal plenty = new BigDecimal("1000000");
        assertThat(premium50k.qualifies(Tier.ULTIMATE, plenty)).isTrue();
        assertThat(premium50k.qualifies(Tier.PREMIUM, plenty)).isTrue();
        assertThat(premium50k.qualifies(Tier.FREE, plenty)).isFalse();
    }

    @Test
    void theThresholdIsConfigurable() {
        CsmQualification ultimate100k = new CsmQualification(Tier.ULTIMATE, new BigDecimal("100000"));
        assertThat(ultimate100k.qualifies(Tier.PREMIUM, new BigDecimal("200000"))).isFalse();
        assertThat(ultimate100k.qualifies(Tier.ULTIMATE, new BigDecimal("99999"))).isFalse();
        assertThat(ultimate100k.qualifies(Tier.ULTIMATE, new BigDecimal("100000"))).isTrue();
        assertThat(ultimate100k.threshold()).isEqualTo("tier ULTIMATE or above and ARR 100000 or more");
    }
}
