package dev.seamless.slack.eligibility;

import dev.seamless.events.types.Reason;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The eligibility decision for a channel request: the outcome, every rule that was checked (passed or failed), the
 * inputs the rules looked at, who is expected to approve, and whether a documented exception needs an extra
 * approval. A failed check normally makes the request ineligible; a documented exception can make it eligible
 * despite failed thresholds, and the failed checks stay visible.
 *
 * @param approverId the person expected to approve (the account's CSM, the SA); null while there is none
 */
public record Eligibility(boolean eligible, List<Check> checks, Map<String, Object> inputs, String approverId,
        boolean exceptionApprovalRequired) {

    public Eligibility {
        checks = List.copyOf(checks);
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    public List<Reason> reasons() {
        return checks.stream().map(Check::reason).toList();
    }

    /** The failed checks' messages, as the reason of a rejection by the rules. */
    public String failures() {
        return checks.stream().filter(check -> !check.passed()).map(Check::message)
                .collect(Collectors.joining(" "));
    }
}
