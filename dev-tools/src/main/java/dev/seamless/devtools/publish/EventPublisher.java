package dev.seamless.devtools.publish;

import dev.seamless.devtools.client.LocalSystem;
import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.envelope.EventCodec;
import dev.seamless.events.envelope.EventEnvelope;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes structured-mode CloudEvents as an integrated system would: each to the topic of its type, keyed by its
 * account (or person), acknowledged by the broker before the next.
 */
public final class EventPublisher implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public EventPublisher(String bootstrapServers) {
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** The local run's broker, or the one {@code SEAMLESS_KAFKA_BOOTSTRAP} names. */
    public static EventPublisher toLocalRun() {
        return new EventPublisher(System.getenv().getOrDefault("SEAMLESS_KAFKA_BOOTSTRAP",
                LocalSystem.bootstrapServers()));
    }

    /** @param json the event as it travels: the structured-mode JSON that {@code envelope} was read from */
    public RecordMetadata publish(EventEnvelope<? extends SeamlessEvent> envelope, byte[] json) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(envelope.topic(), envelope.key(), json);
        record.headers().add("content-type", EventCodec.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        try {
            return producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not take " + envelope.type() + " " + envelope.id()
                    + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
