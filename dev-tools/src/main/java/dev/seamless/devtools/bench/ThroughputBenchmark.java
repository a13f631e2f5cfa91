package dev.seamless.devtools.bench;

import dev.seamless.testsupport.FreePorts;
import dev.seamless.testsupport.KafkaBroker;
import dev.seamless.testsupport.KafkaServerProcess;
import dev.seamless.testsupport.ServiceProcess;
import dev.seamless.testsupport.TestKafka;
import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.Topics;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.envelope.EventCodec;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.Segment;
import dev.seamless.events.types.Tier;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code dev/bench [accounts] [closedWon]}: how fast one packaged handoff-service consumes, on this machine, with a
 * real Kafka broker and PostgreSQL beside it. It publishes {@code accounts} AccountUpdated events (one projection
 * upsert each), then {@code closedWon} OpportunityStageChanged events to Closed Won (each starts a handoff: a
 * handoff row, its task rows and their events through the outbox), and reports events per second for each phase,
 * the time until the outbox had published every resulting event, start-up time and resident memory.
 */
public final class ThroughputBenchmark {

    private static final Duration PATIENCE = Duration.ofMinutes(15);
    private static final EventCodec CODEC = new EventCodec();
    /** The production image's defaults on a 2-core machine: a bounded heap, the JIT at full strength. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC");

    private ThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int closedWon = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        Path root = Path.of(".").toAbsolutePath().normalize();
        Path work = Files.createDirectories(root.resolve(".run/bench"));
        System.out.printf("[bench] %d AccountUpdated, then %d Closed Won, into one handoff-service (%d partitions)%n",
                accounts, closedWon, KafkaBroker.PARTITIONS);
        try (KafkaServerProcess kafka = new KafkaServerProcess(FreePorts.next(), work.resolve("kafka-" + System.nanoTime()));
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(FreePorts.next()).start()) {
            kafka.start();
            KafkaBroker.createContractTopics(kafka.bootstrapServers());
            createDatabase(postgres, "handoff");
            ServiceProcess service = new ServiceProcess(root.resolve("handoff-service"), FreePorts.next(), Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                    "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/handoff",
                    "QUARKUS_DATASOURCE_USERNAME", "postgres",
                    "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION", root.resolve("dev/local-jwt/public.pem").toString(),
                    "QUARKUS_LOG_LEVEL", "WARN",
                    // commit consumed offsets every 100 ms, so the benchmark sees the end of a phase promptly
                    "MP_MESSAGING_CONNECTOR_SMALLRYE_KAFKA_AUTO_COMMIT_INTERVAL_MS", "100"),
                    work.resolve("logs"), JVM_OPTIONS);
            try {
                service.start();
                service.awaitReady(Duration.ofMinutes(2));
                System.out.printf("[bench] handoff-service ready in %d ms, RSS %d MB idle%n",
                        service.readyAfterMillis(), service.residentMegabytes());

                try (KafkaProducer<String, byte[]> producer = producer(kafka.bootstrapServers());
                        Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                                kafka.bootstrapServers()))) {
                    phase("AccountUpdated", accounts, i -> account(i), producer, admin, Topics.CRM_ACCOUNTS);
                    long outboxBefore = endOffset(admin, Topics.HANDOFF_EVENTS);
                    long started = System.nanoTime();
                    phase("Closed Won", closedWon, i -> closedWon(i), producer, admin, Topics.CRM_OPPORTUNITIES);
                    long published = awaitStable(admin, Topics.HANDOFF_EVENTS) - outboxBefore;
                    double seconds = (System.nanoTime() - started) / 1e9;
                    System.out.printf("[bench] outbox: %d events published on %s %.1f s after the first Closed Won"
                            + " (%.0f events/s)%n", published, Topics.HANDOFF_EVENTS, seconds, published / seconds);
                }
                System.out.printf("[bench] handoff-service RSS %d MB after the load%n",
                        service.residentMegabytes());
                printBatchMetrics(service.baseUrl());
            } finally {
                service.stop();
                kafka.stop();
            }
        }
    }

    private static void phase(String name, int count, IntFunction<SeamlessEvent> event,
            KafkaProducer<String, byte[]> producer, Admin admin, String topic) throws Exception {
        long offsetBefore = endOffset(admin, topic);
        long started = System.nanoTime();
        List<Future<RecordMetadata>> sends = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            EventEnvelope<SeamlessEvent> envelope = EventEnvelope.wrap(TestKafka.TEST_SOURCE, event.apply(i),
                    Clock.systemUTC());
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(envelope.topic(), envelope.key(),
                    CODEC.encode(envelope));
            record.headers().add("content-type", EventCodec.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            sends.add(producer.send(record));
        }
        producer.flush();
        for (Future<RecordMetadata> send : sends) {
            send.get(1, TimeUnit.MINUTES);
        }
        double publishSeconds = (System.nanoTime() - started) / 1e9;
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!consumedToEnd(admin, topic)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + ": not consumed within " + PATIENCE);
            }
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("[bench] %-14s %6d events published in %5.1f s, consumed in %5.1f s: %6.0f events/s%n",
                name, count, publishSeconds, seconds, count / seconds);
        if (endOffset(admin, topic) - offsetBefore != count) {
            throw new IllegalStateException(name + ": the topic did not grow by " + count);
        }
    }

    private static boolean consumedToEnd(Admin admin, String topic) throws Exception {
        Map<TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> committed = admin
                .listConsumerGroupOffsets("handoff-service").partitionsToOffsetAndMetadata().get();
        for (int partition = 0; partition < KafkaBroker.PARTITIONS; partition++) {
            TopicPartition tp = new TopicPartition(topic, partition);
            long end = admin.listOffsets(Map.of(tp, OffsetSpec.latest())).partitionResult(tp).get().offset();
            if (end > 0 && (committed.get(tp) == null || committed.get(tp).offset() < end)) {
                return false;
            }
        }
        return true;
    }

    private static long endOffset(Admin admin, String topic) throws Exception {
        long total = 0;
        for (int partition = 0; partition < KafkaBroker.PARTITIONS; partition++) {
            TopicPartition tp = new TopicPartition(topic, partition);
            total += admin.listOffsets(Map.of(tp, OffsetSpec.latest())).partitionResult(tp).get().offset();
        }
        return total;
    }

    /** Waits until the topic has not grown for two seconds: the relay has published everything. */
    private static long awaitStable(Admin admin, String topic) throws Exception {
        long last = -1;
        long current = endOffset(admin, topic);
        long stableSince = System.nanoTime();
        while (System.nanoTime() - stableSince < TimeUnit.SECONDS.toNanos(2)) {
            Thread.sleep(100);
            last = current;
            current = endOffset(admin, topic);
            if (current != last) {
                stableSince = System.nanoTime();
            }
        }
        return current;
    }

    /** The consumer's own account of its batches: how large they were and how long each took. */
    private static void printBatchMetrics(String baseUrl) throws Exception {
        String metrics = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(baseUrl + "/q/metrics")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        double batches = metric(metrics, "seamless_consumer_batch_size_count");
        double events = metric(metrics, "seamless_consumer_batch_size_sum");
        double seconds = metric(metrics, "seamless_consumer_batch_duration_seconds_sum");
        System.out.printf("[bench] consumer: %.0f batches, %.0f events per batch on average, %.1f ms per batch,"
                + " %.2f ms per event%n", batches, events / batches, 1000 * seconds / batches,
                1000 * seconds / events);
    }

    /** Sums a Prometheus metric over its label sets. */
    private static double metric(String exposition, String name) {
        return exposition.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static AccountUpdated account(int i) {
        return new AccountUpdated("bench-" + i, "Bench account " + i, Segment.MID_MARKET, Tier.PREMIUM,
                new BigDecimal(i % 2 == 0 ? "80000" : "20000"), new BigDecimal("20000"), 150, "EMEA", "ae-" + (i % 50),
                "sa-" + (i % 20), i % 2 == 0 ? "csm-" + (i % 10) : null, null, "Contact " + i,
                "contact" + i + "@bench.example");
    }

    private static OpportunityStageChanged closedWon(int i) {
        return new OpportunityStageChanged("bench-opp-" + i, "bench-" + i, "Bench deal " + i, OrderType.FIRST_ORDER,
                "6-Awaiting Signature", "Closed Won", new BigDecimal("20000"), new BigDecimal("20000"),
                LocalDate.now(), "ae-" + (i % 50), "sa-" + (i % 20), false, null, null);
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 10,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024), new StringSerializer(), new ByteArraySerializer());
    }

    private static void createDatabase(EmbeddedPostgres postgres, String name) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
    }
}
