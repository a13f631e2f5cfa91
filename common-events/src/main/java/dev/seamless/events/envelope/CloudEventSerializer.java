package dev.seamless.events.envelope;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.Serializer;
import java.nio.charset.StandardCharsets;

/** Kafka value serializer for plain clients: writes the envelope as a structured-mode CloudEvent. */
public class CloudEventSerializer implements Serializer<EventEnvelope<?>> {

    private final EventCodec codec = new EventCodec();

    @Override
    public byte[] serialize(String topic, EventEnvelope<?> envelope) {
        return envelope == null ? null : codec.encode(envelope);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, EventEnvelope<?> envelope) {
        if (envelope != null) {
            headers.remove("content-type");
            headers.add(new RecordHeader("content-type",
                    EventCodec.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)));
        }
        return serialize(topic, envelope);
    }
}
