package dev.seamless.notification.journey;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The keys by which notification-service used to weigh an account against the CSM threshold itself. handoff-service
 * owns that decision now ({@code PostSalesPathDecided}); these keys are ignored, and for one release a deployment
 * that still sets one is told at start-up which handoff-service key replaces it.
 */
public final class RetiredKeys {

    /** Each retired key, and the handoff-service key that replaces it. */
    static final Map<String, String> REPLACEMENTS = replacements();

    private RetiredKeys() {
    }

    /** One warning per retired key that is still set. */
    public static List<String> warnings(Function<String, Optional<String>> configured) {
        return REPLACEMENTS.entrySet().stream().filter(retired -> configured.apply(retired.getKey()).isPresent())
                .map(retired -> "Configuration key " + retired.getKey() + " is set but no longer used: the decision"
                        + " between a CSM introduction and digital onboarding moved to handoff-service, which"
                        + " publishes it as PostSalesPathDecided. Set handoff-service's " + retired.getValue()
                        + " instead, and remove " + retired.getKey() + " from notification-service.")
                .toList();
    }

    private static Map<String, String> replacements() {
        Map<String, String> replacements = new LinkedHashMap<>();
        replacements.put("seamless.notification.csm-qualification.min-tier",
                "seamless.handoff.csm-qualification.min-tier");
        replacements.put("seamless.notification.csm-qualification.min-arr",
                "seamless.handoff.csm-qualification.min-arr");
        replacements.put("seamless.notification.csm-qualification.count-open-deal",
                "seamless.handoff.csm-qualification.count-open-deal");
        replacements.put("seamless.stages.csm-introduction", "seamless.stages.pre-close");
        return Collections.unmodifiableMap(replacements);
    }
}
