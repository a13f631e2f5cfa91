package dev.seamless.events.types;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The response targets triage-service keeps a clock on: TRIAGE (a request is triaged within a business day),
 * ASYNC_RESPONSE (office hours and asynchronous help are answered within 48 hours) and WAITING_ON_AE (the AE supplies
 * the missing information, or the request is declined).
 */
public enum TriageClock {
    TRIAGE, ASYNC_RESPONSE, WAITING_ON_AE;

    @JsonCreator
    public static TriageClock fromJson(String value) {
        return EnumValues.parse(TriageClock.class, value);
    }
}
