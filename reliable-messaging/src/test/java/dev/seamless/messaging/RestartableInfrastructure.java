package dev.seamless.messaging;

import dev.seamless.testsupport.FreePorts;
import dev.seamless.testsupport.KafkaBroker;
import dev.seamless.testsupport.KafkaServerProcess;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real broker and a real PostgreSQL server that the fault tests can take away and bring back on the same port
 * and data directory, as an operator's restart would. The test clients ({@code TestKafka}) use the same broker.
 */
public class RestartableInfrastructure implements QuarkusTestResourceLifecycleManager {

    static KafkaServerProcess broker;
    private static int postgresPort;
    private static Path postgresData;
    private static EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        Path directory = Path.of("target", "infrastructure-" + System.nanoTime()).toAbsolutePath();
        broker = new KafkaServerProcess(FreePorts.next(), directory.resolve("kafka"));
        broker.start();
        System.setProperty("seamless.test.kafka.bootstrap", broker.bootstrapServers());
        KafkaBroker.createContractTopics(broker.bootstrapServers());
        postgresPort = FreePorts.next();
        postgresData = directory.resolve("postgres");
        startPostgres();
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers(),
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + postgresPort + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        broker.stop();
        stopPostgres();
    }

    static synchronized void startPostgres() {
        try {
            postgres = EmbeddedPostgres.builder()
                    .setPort(postgresPort)
                    .setDataDirectory(postgresData)
                    .setCleanDataDirectory(false)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start PostgreSQL", e);
        }
    }

    static synchronized void stopPostgres() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new IllegalStateException("could not stop PostgreSQL", e);
        }
    }
}
