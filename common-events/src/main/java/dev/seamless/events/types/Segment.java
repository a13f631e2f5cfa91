package dev.seamless.events.types;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Commercial segment of an account or a person. */
public enum Segment {
    SMB, MID_MARKET, NAMED;

    @JsonCreator
    public static Segment fromJson(String value) {
        return EnumValues.parse(Segment.class, value);
    }
}
