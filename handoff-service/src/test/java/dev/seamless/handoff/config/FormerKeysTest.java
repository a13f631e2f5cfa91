package dev.seamless.handoff.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The CSM qualification moved from notification-service to handoff-service; for one release a deployment that still
 * sets notification-service's former keys gets the same thresholds here, and handoff-service's own keys win.
 */
class FormerKeysTest {

    private static final Path PROPERTIES = Path.of(System.getProperty("basedir", "."))
            .resolve("src/main/resources/application.properties");

    @Test
    void theFormerNotificationKeysAreReadWhenTheNewOnesAreNotSet() throws IOException {
        SmallRyeConfig config = config(Map.of("seamless.notification.csm-qualification.min-arr", "70000",
                "seamless.stages.csm-introduction", "6-Awaiting Signature"));

        assertThat(config.getValue("seamless.handoff.csm-qualification.min-arr", BigDecimal.class))
                .isEqualByComparingTo("70000");
        assertThat(config.getValue("seamless.stages.pre-close", String.class)).isEqualTo("6-Awaiting Signature");
        assertThat(config.getValue("seamless.handoff.csm-qualification.min-tier", String.class)).isEqualTo("PREMIUM");
    }

    @Test
    void theNewKeysWin() throws IOException {
        SmallRyeConfig config = config(Map.of("seamless.notification.csm-qualification.min-arr", "70000",
                "seamless.handoff.csm-qualification.min-arr", "60000"));

        assertThat(config.getValue("seamless.handoff.csm-qualification.min-arr", BigDecimal.class))
                .isEqualByComparingTo("60000");
        assertThat(config.getValue("seamless.stages.pre-close", String.class))
                .isEqualTo("5-Negotiating,6-Awaiting Signature");
    }

    private static SmallRyeConfig config(Map<String, String> deployment) throws IOException {
        return new SmallRyeConfigBuilder().addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(PROPERTIES.toUri().toURL(), 250))
                .withSources(new PropertiesConfigSource(deployment, "deployment", 300))
                .build();
    }
}
