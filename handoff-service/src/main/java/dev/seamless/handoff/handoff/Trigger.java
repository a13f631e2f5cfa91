package dev.seamless.handoff.handoff;

import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.handoff.checklist.TriggerTypes;

/** What started a handoff: an event (its type and id) or a person through the API. */
public record Trigger(String type, String eventId, String startedBy) {

    public static Trigger event(EventEnvelope<?> event) {
        return new Trigger(event.type(), event.id(), null);
    }

    public static Trigger manual(String personId) {
        return new Trigger(TriggerTypes.MANUAL, null, personId);
    }
}
