package dev.seamless.triage.qualification;

import java.util.Locale;

/**
 * Information of the triage form that a meeting request may be required to carry before an SA schedules it (seed 002:
 * "Agenda and list of attendees should be provided in advance"). Which ones are required is configuration.
 */
public enum RequestInformation {
    OBJECTIVES, AGENDA, ATTENDEES, DESIRED_OUTCOME, COMPELLING_EVENT, CHALLENGES, INFRASTRUCTURE, SA_TASKS,
    EVENT_TIME;

    /** The form field's name in the REST API and the event, e.g. {@code desiredOutcome}. */
    public String fieldName() {
        return switch (this) {
            case DESIRED_OUTCOME -> "desiredOutcome";
            case COMPELLING_EVENT -> "compellingEvent";
            case SA_TASKS -> "saTasks";
            case EVENT_TIME -> "requestedFor";
            default -> name().toLowerCase(Locale.ROOT);
        };
    }
}
