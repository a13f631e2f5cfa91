package dev.seamless.faults;

import dev.seamless.testsupport.FreePorts;
import dev.seamless.testsupport.KafkaBroker;
import dev.seamless.testsupport.KafkaServerProcess;
import dev.seamless.testsupport.ServiceProcess;
import dev.seamless.testsupport.SmtpSink;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The system the fault suite breaks: a Kafka broker process and a PostgreSQL server that can be stopped and started
 * again on the same port and data, as an operator's restart would, an SMTP sink, and two instances of each of the
 * four packaged services, each instance in its service's consumer group.
 */
final class FaultyInfrastructure implements AutoCloseable {

    /** A service, its database and its two running instances. */
    record Service(String module, String database, List<ServiceProcess> instances) {
    }

    static final int INSTANCES = 2;
    private static final Duration STARTUP = Duration.ofMinutes(4);

    final KafkaServerProcess broker;
    final List<Service> services = new ArrayList<>();
    private final Path directory;
    private final int postgresPort = FreePorts.next();
    private EmbeddedPostgres postgres;

    FaultyInfrastructure() {
        directory = Path.of("target", "faults-" + System.nanoTime()).toAbsolutePath();
        broker = new KafkaServerProcess(FreePorts.next(), directory.resolve("kafka"));
        broker.start();
        System.setProperty("seamless.test.kafka.bootstrap", broker.bootstrapServers());
        KafkaBroker.createContractTopics(broker.bootstrapServers());
        startPostgres();
        for (String[] service : new String[][] {{"triage-service", "triage"}, {"handoff-service", "handoff"},
                {"slack-channel-service", "slack"}, {"notification-service", "notification"}}) {
            createDatabase(service[1]);
            List<ServiceProcess> instances = new ArrayList<>();
            for (int instance = 1; instance <= INSTANCES; instance++) {
                instances.add(new ServiceProcess(Path.of("").toAbsolutePath().getParent().resolve(service[0]),
                        FreePorts.next(), environment(service[1]), directory.resolve("logs-" + instance)));
            }
            services.add(new Service(service[0], service[1], instances));
        }
        instances().forEach(ServiceProcess::start);
        instances().forEach(instance -> instance.awaitReady(STARTUP));
    }

    List<ServiceProcess> instances() {
        return services.stream().flatMap(service -> service.instances().stream()).toList();
    }

    private Map<String, String> environment(String database) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(database));
        environment.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        environment.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey().toString());
        environment.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        environment.put("QUARKUS_MAILER_PORT", Integer.toString(SmtpSink.port()));
        // the relay retries within seconds once the broker is back, not after the default 30 s back-off
        environment.put("SEAMLESS_OUTBOX_MAX_BACKOFF", "PT2S");
        environment.put("SEAMLESS_CONSUMER_MAX_BACKOFF", "PT2S");
        // a mail cut by kill -9 stays SENDING until its claim runs out, then ends FAILED "outcome unknown": the
        // claim must outlast the 90 s database outage, and end within the time the suite waits for every effect
        environment.put("SEAMLESS_MAIL_ABANDONED_AFTER", "PT150S");
        environment.put("SEAMLESS_MAIL_ABANDONED_CHECK_INTERVAL", "10s");
        // likewise a channel's Slack work claimed by a killed instance is taken over when its claim runs out
        environment.put("SEAMLESS_SLACK_PROVISIONING_CLAIM_DURATION", "PT90S");
        return environment;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database;
    }

    synchronized void startPostgres() {
        try {
            postgres = EmbeddedPostgres.builder()
                    .setPort(postgresPort)
                    .setDataDirectory(directory.resolve("postgres"))
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start PostgreSQL", e);
        }
    }

    synchronized void stopPostgres() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new IllegalStateException("could not stop PostgreSQL", e);
        }
    }

    private void createDatabase(String name) {
        query("postgres", "create database " + name);
    }

    /** The first column of the first row of a query against one service's database. */
    long count(String database, String sql) {
        return query(database, sql);
    }

    private long query(String database, String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(database), "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            if (!statement.execute(sql)) {
                return 0;
            }
            try (ResultSet result = statement.getResultSet()) {
                return result.next() ? result.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not run '" + sql + "' on " + database, e);
        }
    }

    private Path publicKey() {
        Path file = directory.resolve("jwt-public.pem");
        if (!Files.exists(file)) {
            try (InputStream pem = getClass().getClassLoader().getResourceAsStream("seamless-test/jwt-public.pem")) {
                Files.createDirectories(directory);
                Files.copy(pem, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new IllegalStateException("cannot provide the test public key to the services", e);
            }
        }
        return file;
    }

    @Override
    public void close() {
        instances().forEach(ServiceProcess::requestStop);
        instances().forEach(ServiceProcess::stop);
        broker.stop();
        stopPostgres();
    }
}
