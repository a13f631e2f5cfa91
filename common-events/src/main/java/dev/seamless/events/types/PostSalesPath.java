package dev.seamless.events.types;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * How a customer is taken on after the sale (seed 002 "Post-Sales Engagement"): introduced to a CSM, or prepared for
 * and sent the digital onboarding emails.
 */
public enum PostSalesPath {
    CSM, DIGITAL_ONBOARDING;

    @JsonCreator
    public static PostSalesPath fromJson(String value) {
        return EnumValues.parse(PostSalesPath.class, value);
    }
}
