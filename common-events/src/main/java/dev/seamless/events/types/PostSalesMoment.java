package dev.seamless.events.types;

import com.fasterxml.jackson.annotation.JsonCreator;

/** When the post-sales path is decided: as the deal enters Negotiating / Awaiting Signature, or at Closed Won. */
public enum PostSalesMoment {
    PRE_CLOSE, CLOSED_WON;

    @JsonCreator
    public static PostSalesMoment fromJson(String value) {
        return EnumValues.parse(PostSalesMoment.class, value);
    }
}
