package dev.seamless.slack.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** Bad input: every offending field with what is wrong with it. Nothing was stored. */
public class InvalidRequestException extends RuntimeException {

    private final Map<String, String> fields;

    public InvalidRequestException(Map<String, String> fields) {
        super("invalid request: " + fields);
        this.fields = new LinkedHashMap<>(fields);
    }

    public Map<String, String> fields() {
        return fields;
    }
}
