package dev.seamless.triage.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seamless.events.types.Activity;
import dev.seamless.triage.SeedPolicy;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkloadPolicyTest {

    private final WorkloadPolicy policy = SeedPolicy.workload();

    @Test
    void aPovWeighsMoreThanAWorkshopWhichWeighsMoreThanACall() {
        BigDecimal pov = policy.weightOf(Activity.POV, true, false);
        BigDecimal workshop = policy.weightOf(Activity.WORKSHOP, true, false);
        BigDecimal call = policy.weightOf(Activity.DISCOVERY_CALL, true, false);

        assertThat(pov).isGreaterThan(workshop);
        assertThat(workshop).isGreaterThan(call);
    }

    @Test
    void asynchronousHelpWeighsLessAndExpediteWeighsMore() {
        assertThat(policy.weightOf(Activity.DEMO, false, false)).isEqualByComparingTo("1");
        assertThat(policy.weightOf(Activity.DEMO, true, true)).isEqualByComparingTo("3");
        assertThat(policy.weightOf(Activity.DEMO, false, true)).isEqualByComparingTo("1.5");
    }

    @Test
    void everyActivityNeedsAWeight() {
        assertThatThrownBy(() -> new WorkloadPolicy(Map.of(Activity.POV, BigDecimal.TEN), BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.TEN)).hasMessageContaining("no workload weight for activity");
    }
}
