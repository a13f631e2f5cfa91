package dev.seamless.notification.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetiredKeysTest {

    @Test
    void eachRetiredKeyStillSetGetsOneWarningNamingTheHandoffServiceKeyThatReplacesIt() {
        Map<String, String> configured = Map.of("seamless.notification.csm-qualification.min-arr", "75000",
                "seamless.stages.csm-introduction", "5-Negotiating", "seamless.stages.closed-won", "Closed Won");

        assertThat(RetiredKeys.warnings(key -> Optional.ofNullable(configured.get(key)))).containsExactly(
                "Configuration key seamless.notification.csm-qualification.min-arr is set but no longer used: the"
                        + " decision between a CSM introduction and digital onboarding moved to handoff-service,"
                        + " which publishes it as PostSalesPathDecided. Set handoff-service's"
                        + " seamless.handoff.csm-qualification.min-arr instead, and remove"
                        + " seamless.notification.csm-qualification.min-arr from notification-service.",
                "Configuration key seamless.stages.csm-introduction is set but no longer used: the decision between"
                        + " a CSM introduction and digital onboarding moved to handoff-service, which publishes it as"
                        + " PostSalesPathDecided. Set handoff-service's seamless.stages.pre-close instead, and remove"
                        + " seamless.stages.csm-introduction from notification-service.");
    }

    @Test
    void everyRetiredKeyHasItsReplacementAndNoneSetMeansNoWarning() {
        assertThat(RetiredKeys.REPLACEMENTS).containsOnly(
                Map.entry("seamless.notification.csm-qualification.min-tier",
                        "seamless.handoff.csm-qualification.min-tier"),
                Map.entry("seamless.notification.csm-qualification.min-arr",
                        "seamless.handoff.csm-qualification.min-arr"),
                Map.entry("seamless.notification.csm-qualification.count-open-deal",
                        "seamless.handoff.csm-qualification.count-open-deal"),
                Map.entry("seamless.stages.csm-introduction", "seamless.stages.pre-close"));
        assertThat(RetiredKeys.warnings(key -> Optional.empty())).isEmpty();
    }
}
