package dev.seamless.handoff.api;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/** A Panache query of optional filters: a filter whose value is absent is left out. */
public final class QueryFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    public QueryFilter equal(String field, Object value) {
        return add(field, "=", value);
    }

    public QueryFilter before(String field, Object value) {
        return add(field, "<", value);
    }

    private QueryFilter add(String field, String operator, Object value) {
        if (value != null) {
            conditions.add(field + " " + operator + " :" + field);
            parameters.and(field, value);
        }
        return this;
    }

    /** The query text, ending in {@code order by <orderBy>}. */
    public String query(String orderBy) {
        return (conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ") + "order by " + orderBy;
    }

    public Parameters parameters() {
        return parameters;
    }
}
