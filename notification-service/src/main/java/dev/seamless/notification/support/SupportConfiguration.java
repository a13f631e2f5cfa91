package dev.seamless.notification.support;

import dev.seamless.events.types.Tier;
import dev.seamless.notification.support.SupportPolicy.Level;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class SupportConfiguration {

    /** {@code seamless.support.tiers.<tier>.level} and {@code .response-time}, tier in lower case. */
    static final String TIER_PREFIX = "seamless.support.tiers.";

    @Produces
    @Singleton
    SupportPolicy supportPolicy(@ConfigProperty(name = "seamless.support.portal-url") String portalUrl,
            @ConfigProperty(name = "seamless.support.level") String level,
            @ConfigProperty(name = "seamless.support.response-time") String responseTime, Config config) {
        Level standard = new Level(level, responseTime);
        Map<Tier, Level> byTier = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            String prefix = TIER_PREFIX + tier.name().toLowerCase(Locale.ROOT) + ".";
            byTier.put(tier, new Level(config.getOptionalValue(prefix + "level", String.class).orElse(level),
                    config.getOptionalValue(prefix + "response-time", String.class).orElse(responseTime)));
        }
        return new SupportPolicy(portalUrl, standard, byTier);
    }
}
