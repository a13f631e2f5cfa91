package dev.seamless.events.envelope;

import dev.seamless.events.SeamlessEvent;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A CloudEvents 1.0 envelope around one event of the contract. {@code id} is the idempotency key; {@code subject} is
 * the partition key (the account id for account events).
 */
public record EventEnvelope<T extends SeamlessEvent>(
        String id,
        URI source,
        String type,
        OffsetDateTime time,
        String subject,
        T data) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
    }

    /** A new envelope with a random id, the catalogued type of {@code data}, and the current time. */
    public static <T extends SeamlessEvent> EventEnvelope<T> wrap(URI source, T data, Clock clock) {
        return new EventEnvelope<>(UUID.randomUUID().toString(), source, EventCatalog.typeOf(data), 
                OffsetDateTime.now(clock), data.partitionKey(), data);
    }

    /** The Kafka record key: all events of an account (or a person) go to one partition, in order. */
    public String key() {
        return data.partitionKey();
    }

    /** @return the topic this event type is published on */
    public String topic() {
        return EventCatalog.topicOf(type);
    }
}
