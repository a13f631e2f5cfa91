package dev.seamless.events.types;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Kind of Slack channel. CUSTOMER is long-lived; EPHEMERAL serves one evaluation or POV and expires. */
public enum ChannelKind {
    CUSTOMER, EPHEMERAL;

    @JsonCreator
    public static ChannelKind fromJson(String value) {
        return EnumValues.parse(ChannelKind.class, value);
    }
}
