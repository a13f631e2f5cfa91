package dev.seamless.events.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Map;

/**
 * Subscription tier of an account, lowest first. STARTER is the lower paid tier (BRONZE is its older name): paid, but
 * below PREMIUM. The older names SILVER and GOLD are accepted for PREMIUM and ULTIMATE.
 */
public enum Tier {
    FREE, STARTER, PREMIUM, ULTIMATE;

    private static final Map<String, Tier> ALIASES = Map.of("BRONZE", STARTER, "SILVER", PREMIUM, "GOLD", ULTIMATE);

    @JsonCreator
    public static Tier fromJson(String value) {
        return EnumValues.parse(Tier.class, value, ALIASES);
    }

    /** @return whether this tier is the given one or above it */
    public boolean isAtLeast(Tier other) {
        return compareTo(other) >= 0;
    }
}
