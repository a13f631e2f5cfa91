package dev.seamless.testsupport;

import dev.seamless.events.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * One real Kafka broker (KRaft, combined broker and controller) per JVM, started on first use and stopped when the
 * JVM exits, so that every test class of a module shares it. With {@code -Dseamless.test.kafka.bootstrap=host:port}
 * (or {@code SEAMLESS_TEST_KAFKA_BOOTSTRAP}) an external broker is used instead.
 */
public final class KafkaBroker {

    public static final int PARTITIONS = 3;
    private static String bootstrapServers;

    private KafkaBroker() {
    }

    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            String external = Settings.get("seamless.test.kafka.bootstrap");
            bootstrapServers = external != null ? external : startEmbedded();
            createContractTopics(bootstrapServers);
        }
        return bootstrapServers;
    }

    private static String startEmbedded() {
        long started = System.nanoTime();
        try {
            Path baseDirectory = Files.createTempDirectory("seamless-kafka");
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBaseDirectory(baseDirectory)
                    .build())
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", Integer.toString(PARTITIONS))
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "5")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    cluster.close();
                } catch (Exception ignored) {
                    // the JVM is going away; the temp directory is removed by close() when it can
                }
            }, "kafka-broker-stop"));
            System.out.printf("[test-support] Kafka broker ready at %s in %d ms%n", cluster.bootstrapServers(),
                    (System.nanoTime() - started) / 1_000_000);
            return cluster.bootstrapServers();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded Kafka broker", e);
        }
    }

    /** Creates every topic of the contract and its dead-letter topic, so consumers never wait for auto-creation. */
    public static void createContractTopics(String bootstrap) {
        List<String> names = new ArrayList<>();
        for (String topic : Topics.INBOUND) {
            names.add(topic);
            names.add(Topics.deadLetterOf(topic));
        }
        for (String topic : Topics.OUTBOUND) {
            names.add(topic);
            names.add(Topics.deadLetterOf(topic));
        }
        createTopics(bootstrap, names);
    }

    public static void createTopics(String bootstrap, List<String> names) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = names.stream().filter(name -> !existing.contains(name))
                    .map(name -> new NewTopic(name, PARTITIONS, (short) 1))
                    .collect(Collectors.toList());
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create topics " + names, e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
