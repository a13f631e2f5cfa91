package dev.seamless.events.types;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TierTest {

    @Test
    void theLowerPaidTierIsPaidButBelowPremium() {
        assertThat(Tier.fromJson("BRONZE")).isEqualTo(Tier.STARTER);
        assertThat(Tier.STARTER.isAtLeast(Tier.FREE)).isTrue();
        assertThat(Tier.STARTER.isAtLeast(Tier.PREMIUM)).isFalse();
        assertThat(Tier.PREMIUM.isAtLeast(Tier.STARTER)).isTrue();
    }
}
