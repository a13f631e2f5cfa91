package dev.seamless.triage.api;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

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
}
