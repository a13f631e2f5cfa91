package dev.seamless.events.types;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Lenient parsing of the contract's enumerations: case does not matter and spaces or dashes count as underscores, so
 * {@code "Mid-Market"} is {@code MID_MARKET}. An unknown value is an error that lists the accepted ones.
 */
final class EnumValues {

    private EnumValues() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String raw, Map<String, E> aliases) {
        if (raw == null) {
            return null;
        }
        String normalised = raw.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        E alias = aliases.get(normalised);
        if (alias != null) {
            return alias;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(normalised)) {
                return constant;
            }
        }
        String accepted = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (!aliases.isEmpty()) {
            accepted += " (aliases " + String.join(", ", aliases.keySet()) + ")";
        }
        throw new IllegalArgumentException("'" + raw + "' is not one of " + accepted);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String raw) {
        return parse(type, raw, Map.of());
    }
}
