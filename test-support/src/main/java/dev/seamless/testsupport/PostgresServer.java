package dev.seamless.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One real PostgreSQL server per JVM (zonky's embedded binaries, which run as root through a user namespace),
 * started on first use and stopped when the JVM exits. With {@code -Dseamless.test.jdbc.url=jdbc:postgresql://host:port/}
 * plus {@code seamless.test.jdbc.username} / {@code .password} (or the SEAMLESS_TEST_JDBC_* variables) an external
 * server is used instead. Each caller gets its own database, created if missing.
 */
public final class PostgresServer {

    /** Where and as whom to connect. */
    public record Database(String jdbcUrl, String username, String password) {
    }

    private static String serverUrl;
    private static String username;
    private static String password;

    private PostgresServer() {
    }

    public static synchronized Database database(String name) {
        if (serverUrl == null) {
            start();
        }
        createDatabaseIfMissing(name);
        return new Database(serverUrl + name, username, password);
    }

    private static void start() {
        String external = Settings.get("seamless.test.jdbc.url");
        if (external != null) {
            serverUrl = external.endsWith("/") ? external : external + "/";
            username = Settings.get("seamless.test.jdbc.username");
            password = Settings.get("seamless.test.jdbc.password");
            return;
        }
        long started = System.nanoTime();
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (Exception ignored) {
                    // the JVM is going away
                }
            }, "postgres-stop"));
            serverUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
            username = "postgres";
            password = "postgres";
            System.out.printf("[test-support] PostgreSQL ready at %s in %d ms%n", serverUrl,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL server", e);
        }
    }

    private static void createDatabaseIfMissing(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits and _: " + name);
        }
        try (Connection connection = DriverManager.getConnection(serverUrl + "postgres", username, password);
                Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + name + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
    }
}
