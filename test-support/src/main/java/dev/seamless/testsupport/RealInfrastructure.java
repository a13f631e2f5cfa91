package dev.seamless.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Quarkus test resource that points a service at the JVM's shared real Kafka broker and PostgreSQL server. Init arg
 * {@code database} names the service's database (default {@code seamless}).
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private String database = "seamless";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        PostgresServer.Database db = PostgresServer.database(database);
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", KafkaBroker.bootstrapServers());
        config.put("quarkus.datasource.jdbc.url", db.jdbcUrl());
        config.put("quarkus.datasource.username", db.username());
        config.put("quarkus.datasource.password", db.password());
        return config;
    }

    @Override
    public void stop() {
        // shared by every test class of the JVM: the broker and the server stop with the JVM
    }
}
