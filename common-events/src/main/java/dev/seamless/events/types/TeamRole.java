package dev.seamless.events.types;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Role a person holds in an account team. */
public enum TeamRole {
    AE, SA, CSM;

    @JsonCreator
    public static TeamRole fromJson(String value) {
        return EnumValues.parse(TeamRole.class, value);
    }
}
