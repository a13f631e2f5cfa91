package dev.seamless.slack.eligibility;

import dev.seamless.events.types.Reason;

/** One rule checked for a request: its id, the sentence that names the inputs, and whether it was satisfied. */
public record Check(String rule, String message, boolean passed) {

    public static Check pass(String rule, String message) {
        return new Check(rule, message, true);
    }

    public static Check fail(String rule, String message) {
        return new Check(rule, message, false);
    }

    public Reason reason() {
        return new Reason(rule, message);
    }
}
