package dev.seamless.messaging.consume;

import dev.seamless.events.Topics;
import dev.seamless.messaging.Failures;
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
 * offset is committed, so nothing is lost. A copy the broker refuses for good (too large once the headers are
 * added, say) is sent again without its value, which stays readable at the original topic, partition and offset:
 * the partition never stalls on a record that can never be copied.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String REASON = "seamless-dlq-reason";
    public static final String ORIGINAL_TOPIC = "seamless-dlq-original-topic";
    public static final String ORIGINAL_PARTITION = "seamless-dlq-original-partition";
    public static final String ORIGINAL_OFFSET = "seamless-dlq-original-offset";
    public static final String CONSUMER = "seamless-dlq-consumer";
    public static final String FAILED_AT = "seamless-dlq-failed-at";
    public static final String VALUE_OMITTED = "seamless-dlq-value-omitted";

    @Inject
    Producer<String, byte[]> producer;

    @Inject
    Clock clock;

    @ConfigProperty(name = "seamless.outbox.send-timeout", defaultValue = "PT30S")
    Duration sendTimeout;

    public void send(String consumer, ConsumerRecord<String, byte[]> record, String reason) {
        try {
            acknowledged(copyOf(consumer, record, reason, record.value()));
        } catch (IllegalStateException e) {
            if (Failures.isTransient(e)) {
                throw e;
            }
            ProducerRecord<String, byte[]> withoutValue = copyOf(consumer, record, reason, null);
            withoutValue.headers().add(VALUE_OMITTED, bytes("the broker refused the copy with its value ("
                    + Failures.describe(e) + "); read the value at the original topic, partition and offset"));
            acknowledged(withoutValue);
        }
    }

    private ProducerRecord<String, byte[]> copyOf(String consumer, ConsumerRecord<String, byte[]> record,
            String reason, byte[] value) {
        ProducerRecord<String, byte[]> copy = new ProducerRecord<>(Topics.deadLetterOf(record.topic()), record.key(),
                value);
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
        return copy;
    }

    private void acknowledged(ProducerRecord<String, byte[]> copy) {
        try {
            producer.send(copy).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not dead-letter to " + copy.topic(), e);
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
