package dev.seamless.handoff.api;

import java.util.Map;

/** Bad input: every offending field with what is wrong with it. Nothing has been stored. */
public class InvalidRequestException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidRequestException(Map<String, String> problems) {
        super("invalid request: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }

    /** Throws when {@code problems} is not empty. */
    public static void throwIfAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }
}
