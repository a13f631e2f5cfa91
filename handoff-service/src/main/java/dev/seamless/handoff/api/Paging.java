package dev.seamless.handoff.api;

import java.util.Map;

/** A requested page: {@code page} from 0, {@code size} from 1 to {@value #MAX_SIZE}. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 500;
    private static final int DEFAULT_SIZE = 50;

    /** Parses the query parameters, adding a problem for each bad one. */
    public static Paging parse(String page, String size, Map<String, String> problems) {
        return new Paging(number(page, "page", 0, 0, Integer.MAX_VALUE, problems),
                number(size, "size", DEFAULT_SIZE, 1, MAX_SIZE, problems));
    }

    private static int number(String raw, String field, int fallback, int min, int max,
            Map<String, String> problems) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.put(field, "must be a whole number from " + min + " to " + max);
        return fallback;
    }
}
