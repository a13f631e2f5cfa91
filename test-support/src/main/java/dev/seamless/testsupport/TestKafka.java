package dev.seamless.testsupport;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.envelope.EventCodec;
import dev.seamless.events.envelope.EventEnvelope;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** A plain Kafka client for tests: publishes events as an integrated system would and reads what services wrote. */
public final class TestKafka {

    public static final URI TEST_SOURCE = URI.create("urn:seamless:test");
    private static final EventCodec CODEC = new EventCodec();
    private static KafkaProducer<String, byte[]> producer;

    private TestKafka() {
    }

    /** Publishes {@code data} in a new structured-mode envelope and waits for the broker's acknowledgement. */
    public static EventEnvelope<SeamlessEvent> publish(SeamlessEvent data) {
        @SuppressWarnings("unchecked")
        EventEnvelope<SeamlessEvent> envelope = (EventEnvelope<SeamlessEvent>) EventEnvelope.wrap(TEST_SOURCE, data,
                Clock.systemUTC());
        publish(envelope);
        return envelope;
    }

    /** Publishes an envelope as it is (tests redeliver an event by publishing the same envelope twice). */
    public static void publish(EventEnvelope<?> envelope) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(envelope.topic(), envelope.key(),
                CODEC.encode(envelope));
        record.headers().add("content-type", EventCodec.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        send(record);
    }

    /** Publishes any bytes, e.g. an invalid record. */
    public static void publishRaw(String topic, String key, String value) {
        send(new ProducerRecord<>(topic, key, value == null ? null : value.getBytes(StandardCharsets.UTF_8)));
    }

    public static synchronized void send(ProducerRecord<String, byte[]> record) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    KafkaBroker.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(),
                    new ByteArraySerializer());
        }
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + record.topic(), e);
        }
    }

    /** Every record currently on the topic, from the beginning to the end offsets as of now. */
    public static List<ConsumerRecord<String, byte[]>> records(String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).collect(Collectors.toList());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within 20 s");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** The decoded events currently on an (outbound) topic. */
    public static List<EventEnvelope<SeamlessEvent>> events(String topic) {
        return records(topic).stream().map(record -> CODEC.decode(record.headers(), record.value()))
                .collect(Collectors.toList());
    }

    /** The decoded events of one type whose data matches. */
    public static <T extends SeamlessEvent> List<T> events(String topic, Class<T> type,
            java.util.function.Predicate<T> filter) {
        return events(topic).stream().map(EventEnvelope::data).filter(type::isInstance).map(type::cast)
                .filter(filter).collect(Collectors.toList());
    }

    /**
     * Whether the consumer group has committed offsets up to the current end of every partition of the topic: every
     * record written so far has been applied. Services commit after applying, so this is a condition a test can wait
     * for across topics (e.g. an account is known before an opportunity of it is published).
     */
    public static boolean consumedToEnd(String group, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaBroker.bootstrapServers()))) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                    .partitions().stream().map(info -> new TopicPartition(topic, info.partition())).toList();
            return ConsumerOffsets.committedToEnd(admin, group, partitions);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the offsets of " + group + " on " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
