package dev.seamless.events.envelope;

import dev.seamless.events.SeamlessEvent;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka value deserializer for plain clients: reads structured or binary mode and validates. An invalid record
 * raises a {@link SerializationException} carrying the {@link InvalidEventException}'s message.
 */
public class CloudEventDeserializer implements Deserializer<EventEnvelope<SeamlessEvent>> {

    private final EventCodec codec = new EventCodec();

    @Override
    public EventEnvelope<SeamlessEvent> deserialize(String topic, byte[] data) {
        return deserialize(topic, null, data);
    }

    @Override
    public EventEnvelope<SeamlessEvent> deserialize(String topic, Headers headers, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return codec.decode(headers, data);
        } catch (InvalidEventException e) {
            throw new SerializationException(e.getMessage(), e);
        }
    }
}
