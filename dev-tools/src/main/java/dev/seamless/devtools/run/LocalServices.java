package dev.seamless.devtools.run;

import java.util.List;

/**
 * The four services as the local run starts them, and the settings that move its ports. Each service's database,
 * owner role and password share one name, as in the services' own defaults, so {@code ./mvnw quarkus:dev} of a
 * service finds its database in the local run's PostgreSQL with no settings at all.
 */
final class LocalServices {

    /** A service's module, database and HTTP port (its default, and the variable that moves it). */
    record Service(String module, String database, Port port) {
    }

    /** A port of the local run: its default and the environment variable that moves it. */
    record Port(String what, String setting, int defaultValue) {

        int value() {
            String value = System.getenv(setting);
            if (value == null || value.isBlank()) {
                return defaultValue;
            }
            try {
                int port = Integer.parseInt(value.trim());
                if (port < 1 || port > 65_535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(setting + "=" + value + " is not a port number (1-65535)");
            }
        }
    }

    static final Port KAFKA = new Port("Kafka", "SEAMLESS_LOCAL_KAFKA_PORT", 9092);
    static final Port POSTGRES = new Port("PostgreSQL", "SEAMLESS_LOCAL_POSTGRES_PORT", 5432);
    static final Port SMTP = new Port("the SMTP sink", "SEAMLESS_LOCAL_SMTP_PORT", 2525);

    static final List<Service> ALL = List.of(
            new Service("triage-service", "triage", new Port("triage-service", "SEAMLESS_LOCAL_TRIAGE_PORT", 8081)),
            new Service("handoff-service", "handoff",
                    new Port("handoff-service", "SEAMLESS_LOCAL_HANDOFF_PORT", 8082)),
            new Service("slack-channel-service", "slack",
                    new Port("slack-channel-service", "SEAMLESS_LOCAL_SLACK_PORT", 8083)),
            new Service("notification-service", "notification",
                    new Port("notification-service", "SEAMLESS_LOCAL_NOTIFICATION_PORT", 8084)));

    private LocalServices() {
    }

    static List<String> modules() {
        return ALL.stream().map(Service::module).toList();
    }
}
