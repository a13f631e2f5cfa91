package dev.seamless.events.types;

import com.fasterxml.jackson.annotation.JsonCreator;

/** What an SA is asked to do in a triage request. */
public enum Activity {
    DISCOVERY_CALL, DEMO, POV, WORKSHOP, TECHNICAL_QUESTION, SECURITY_REVIEW;

    @JsonCreator
    public static Activity fromJson(String value) {
        return EnumValues.parse(Activity.class, value);
    }
}
