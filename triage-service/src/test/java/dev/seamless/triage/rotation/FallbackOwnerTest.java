package dev.seamless.triage.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FallbackOwnerTest {

    @Test
    void theLeastLoadedAvailableSaHoldsTheBacklogTheSaIdBreakingTies() {
        Map<String, BigDecimal> workloads = Map.of("sa-a", new BigDecimal("3"), "sa-b", new BigDecimal("1.5"));

        assertThat(FallbackOwner.fromConfig("least-loaded").choose(List.of("sa-a", "sa-b"), workloads))
                .contains("sa-b");
        assertThat(FallbackOwner.LEAST_LOADED.choose(List.of("sa-a", "sa-c", "sa-b"), workloads)).contains("sa-c");
        assertThat(FallbackOwner.LEAST_LOADED.choose(List.of("sa-z", "sa-y"), Map.of())).contains("sa-y");
        assertThat(FallbackOwner.LEAST_LOADED.choose(List.of(), workloads)).isEmpty();
    }

    @Test
    void noneLeavesItUnowned() {
        assertThat(FallbackOwner.fromConfig("none").choose(List.of("sa-a"), Map.of())).isEmpty();
    }
}
