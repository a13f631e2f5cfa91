package dev.seamless.slack.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.seamless.events.envelope.EventJson;
import java.io.UncheckedIOException;

/** Decisions and invitation lists are stored as JSON text, written and read with the contract's conventions. */
public final class JsonText {

    private JsonText() {
    }

    public static String write(Object value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static JsonNode read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return EventJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored JSON is not readable", e);
        }
    }
}
