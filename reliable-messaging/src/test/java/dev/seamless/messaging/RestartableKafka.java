package dev.seamless.messaging;

import dev.seamless.testsupport.KafkaBroker;
import dev.seamless.testsupport.KafkaServerProcess;
import dev.seamless.testsupport.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real broker in its own process, so the fault tests can take it away and bring it back on the same port and log
 * directory, plus the JVM's shared PostgreSQL server. The test clients ({@code TestKafka}) use the same broker.
 */
public class RestartableKafka implements QuarkusTestResourceLifecycleManager {

    static KafkaServerProcess broker;

    @Override
    public Map<String, String> start() {
        broker = new KafkaServerProcess(freePort(), Path.of("target", "kafka-" + System.nanoTime()));
        broker.start();
        System.setProperty("seamless.test.kafka.bootstrap", broker.bootstrapServers());
        KafkaBroker.createContractTopics(broker.bootstrapServers());
        PostgresServer.Database db = PostgresServer.database("messaging");
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers(),
                "quarkus.datasource.jdbc.url", db.jdbcUrl(),
                "quarkus.datasource.username", db.username(),
                "quarkus.datasource.password", db.password());
    }

    @Override
    public void stop() {
        broker.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
