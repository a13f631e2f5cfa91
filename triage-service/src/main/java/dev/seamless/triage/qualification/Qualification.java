package dev.seamless.triage.qualification;

import dev.seamless.events.types.Reason;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The outcome of qualification: the route, the reasons that decided it (machine-readable rule plus a sentence), every
 * check that was evaluated, what meeting information is missing, the response target of the route if it has one, and
 * the inputs the rules looked at.
 */
public record Qualification(Route route, List<Reason> reasons, List<Check> checks,
        List<RequestInformation> missingInformation, Duration responseTarget, Map<String, Object> inputs) {
}
