package dev.seamless.messaging.consume;

import dev.seamless.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Copies a record that cannot be applied to {@code <topic>.dlq}: same key, value and headers, plus headers that say
 * why, where it came from and who gave up on it. The copy is acknowledged by the broker before the original's
 * offset is committed, so nothing is lost.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String REASON = "seamless-dlq-reason";
    public static final String ORIGINAL_TOPIC = "seamless-dlq-original-topic";
    public static final String ORIGINAL_PARTITION = "seamless-dlq-original-partition";
    public static final String ORIGINAL_OFFSET = "seamless-dlq-original-offset";
    public static final String CONSUMER = "seamless-dlq-consumer";
    public static final String FAILED_AT = "seamless-dlq-failed-at";

    @Inject
    Producer<String, byte[]> producer;

    @Inject
    Clock clock;

    @ConfigProperty(name = "seamless.outbox.send-timeout", defaultValue = "PT30S")
    Duration sendTimeout;

    public void send(String consumer, ConsumerRecord<String, byte[]> record, String reason) {
        ProducerRecord<String, byte[]> copy = new ProducerRecord<>(Topics.deadLetterOf(record.topic()), record.key(),
                record.value());
        for (Header header : record.headers()) {
            copy.headers().add(header);
        }
        copy.headers()
                .add(REASON, bytes(reason))
                .add(ORIGINAL_TOPIC, bytes(record.topic()))
                .add(ORIGINAL_PARTITION, bytes(Integer.toString(record.partition())))
                .add(ORIGINAL_OFFSET, bytes(Long.toString(record.offset())))
                .add(CONSUMER, bytes(consumer))
                .add(FAILED_AT, bytes(OffsetDateTime.now(clock).toString()));
        try {
            producer.send(copy).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not dead-letter " + record.topic() + "/" + record.partition()
                    + "@" + record.offset() + " to " + copy.topic(), e);
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
