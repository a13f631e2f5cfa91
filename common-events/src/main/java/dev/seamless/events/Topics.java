package dev.seamless.events;

import java.util.List;

/** Kafka topic names of the event contract. Each outbound topic is written by exactly one service. */
public final class Topics {

    public static final String CRM_ACCOUNTS = "crm.accounts";
    public static final String CRM_OPPORTUNITIES = "crm.opportunities";
    public static final String CRM_TRIAGE_REQUESTS = "crm.triage-requests";
    public static final String DIRECTORY_PEOPLE = "directory.people";
    public static final String SUPPORT_INQUIRIES = "support.inquiries";

    public static final String TRIAGE_EVENTS = "triage.events";
    public static final String HANDOFF_EVENTS = "handoff.events";
    public static final String SLACK_EVENTS = "slack.events";
    public static final String NOTIFICATION_EVENTS = "notification.events";

    /** Suffix of the dead-letter topic that belongs to a consumed topic, e.g. {@code crm.accounts.dlq}. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    public static final List<String> INBOUND = List.of(CRM_ACCOUNTS, CRM_OPPORTUNITIES, CRM_TRIAGE_REQUESTS,
            DIRECTORY_PEOPLE, SUPPORT_INQUIRIES);
    public static final List<String> OUTBOUND = List.of(TRIAGE_EVENTS, HANDOFF_EVENTS, SLACK_EVENTS,
            NOTIFICATION_EVENTS);

    /** Whether the contract names the topic, and so which event types may arrive on it. */
    public static boolean isContractTopic(String topic) {
        return INBOUND.contains(topic) || OUTBOUND.contains(topic);
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    private Topics() {
    }
}
