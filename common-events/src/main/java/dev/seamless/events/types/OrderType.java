package dev.seamless.events.types;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Kind of order an opportunity is. */
public enum OrderType {
    FIRST_ORDER, GROWTH, RENEWAL;

    @JsonCreator
    public static OrderType fromJson(String value) {
        return EnumValues.parse(OrderType.class, value);
    }
}
