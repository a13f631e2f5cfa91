package dev.seamless.events.types;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Role of a person in the people directory. */
public enum PersonRole {
    AE, SA, CSM, ASM, SA_LEADER;

    @JsonCreator
    public static PersonRole fromJson(String value) {
        return EnumValues.parse(PersonRole.class, value);
    }
}
