package dev.seamless.triage.rotation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who holds what cannot be placed when no SA of the rotation is on triage duty (seed 004 gives the backlog to the
 * week's triage SA; with none, nobody would own it): {@code LEAST_LOADED} is the available SA with the lowest
 * weighted workload (then the SA id), {@code NONE} leaves it unowned.
 */
public enum FallbackOwner {
    LEAST_LOADED, NONE;

    public static FallbackOwner fromConfig(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /**
     * @param available the active SAs available today
     * @param workloads weighted workload by SA (absent: none)
     */
    public Optional<String> choose(Collection<String> available, Map<String, BigDecimal> workloads) {
        if (this == NONE) {
            return Optional.empty();
        }
        return available.stream().min(Comparator.<String, BigDecimal>comparing(
                saId -> workloads.getOrDefault(saId, BigDecimal.ZERO)).thenComparing(Comparator.naturalOrder()));
    }
}
