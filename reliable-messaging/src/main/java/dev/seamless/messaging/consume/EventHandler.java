package dev.seamless.messaging.consume;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.envelope.EventEnvelope;

/**
 * Applies one valid, first-seen event inside the batch's transaction. Throwing rolls the batch back; the record is
 * then retried alone and dead-lettered with the exception's message if it fails again. Event types a service does
 * not care about are simply ignored by its handler.
 */
@FunctionalInterface
public interface EventHandler {

    void handle(EventEnvelope<SeamlessEvent> event);
}
