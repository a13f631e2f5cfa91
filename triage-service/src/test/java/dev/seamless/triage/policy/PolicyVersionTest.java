package dev.seamless.triage.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;

class PolicyVersionTest {

    private static final Map<String, String> SEED = Map.of(
            "seamless.triage.qualification.min-piped-amount.smb", "10000",
            "seamless.triage.qualification.pov-min-amount", "25000");

    @Test
    void equalSettingsGiveTheSameVersionWhateverTheirOrder() {
        Map<String, String> inOrder = new LinkedHashMap<>();
        inOrder.put("seamless.triage.qualification.min-piped-amount.smb", "10000");
        inOrder.put("seamless.triage.qualification.pov-min-amount", "25000");
        Map<String, String> reversed = new LinkedHashMap<>();
        reversed.put("seamless.triage.qualification.pov-min-amount", "25000");
        reversed.put("seamless.triage.qualification.min-piped-amount.smb", "10000");

        PolicyVersion one = PolicyVersion.of("seeds", inOrder);
        assertThat(PolicyVersion.of("seeds", reversed)).isEqualTo(one);
        assertThat(one.value()).matches("seeds\\+[0-9a-f]{8}");
    }

    @Test
    void aChangedThresholdChangesTheVersionEvenUnderTheSameName() {
        Map<String, String> changed = new LinkedHashMap<>(SEED);
        changed.put("seamless.triage.qualification.pov-min-amount", "100000");

        assertThat(PolicyVersion.of("seeds", changed)).isNotEqualTo(PolicyVersion.of("seeds", SEED));
        assertThat(PolicyVersion.of("renamed", SEED).value()).startsWith("renamed+");
    }
}
