package dev.seamless.handoff.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** Lenient parsing of optional query parameters; each bad one adds a problem naming the parameter. */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String raw, String field,
            Map<String, String> problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.put(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    public static LocalDate day(String raw, String field, Map<String, String> problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            problems.put(field, "must be a day as YYYY-MM-DD");
            return null;
        }
    }
}
