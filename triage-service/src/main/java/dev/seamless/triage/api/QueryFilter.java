package dev.seamless.triage.api;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The optional filters of a list endpoint as one Panache query: a condition counts only when its value is given. */
public final class QueryFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** @param condition an HQL condition that uses {@code :name} */
    public QueryFilter with(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.and(name, value);
        }
        return this;
    }

    public String query(String orderBy) {
        return (conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ") + "order by " + orderBy;
    }

    public Parameters parameters() {
        return parameters;
    }

    /**
     * Reads a query parameter; a value that does not parse is a 400 naming the parameter (JAX-RS would answer 404 for
     * a query parameter it cannot convert).
     *
     * @return null when the parameter is absent
     */
    public static <T> T parse(String name, String value, Function<String, T> parser, Object[] accepted) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.trim());
        } catch (RuntimeException e) {
            throw new InvalidInputException(name, "'" + value + "' is not one of " + Arrays.toString(accepted));
        }
    }
}
