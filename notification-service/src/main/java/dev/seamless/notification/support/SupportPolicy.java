package dev.seamless.notification.support;

import dev.seamless.events.types.Tier;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where customers get help and how fast: the support portal, and the support level with its response time, which
 * depends on the account's tier. Seed 002 names one level, "Standard Support", next business day, Monday to
 * Friday; it is also what an account of unknown tier is told. Emails to customers state all three.
 *
 * @param standard the level stated when the account's tier is not known
 * @param byTier   the level of each tier; a tier without one is told {@code standard}
 */
public record SupportPolicy(String portalUrl, Level standard, Map<Tier, Level> byTier) {

    /**
     * @param name         as the sentence reads "Your team has {name} Support"
     * @param responseTime as it continues "so you can expect a first response {responseTime}"
     */
    public record Level(String name, String responseTime) {
    }

    public SupportPolicy {
        byTier = byTier.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byTier));
    }

    /** Every tier told the seed's standard level. */
    public static SupportPolicy uniform(String portalUrl, Level standard) {
        return new SupportPolicy(portalUrl, standard, Map.of());
    }

    /** @param tier the account's tier, {@code null} when not known */
    public Level levelFor(Tier tier) {
        return tier == null ? standard : byTier.getOrDefault(tier, standard);
    }

    /** The values every customer-facing template may show, for an account of the tier ({@code null}: unknown). */
    public Map<String, Object> templateValues(Tier tier) {
        Level level = levelFor(tier);
        return Map.of("supportPortalUrl", portalUrl, "supportLevel", level.name(),
                "supportResponseTime", level.responseTime());
    }
}
