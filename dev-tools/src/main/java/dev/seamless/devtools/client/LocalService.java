package dev.seamless.devtools.client;

import java.util.Arrays;
import java.util.List;

/**
 * The four services as the local run starts them. Each service's database, owner role and password share one name,
 * as in the services' own defaults, so {@code ./mvnw quarkus:dev} of a service finds its database in the local run's
 * PostgreSQL with no settings at all.
 */
public enum LocalService {
    TRIAGE("triage-service", "triage", "SEAMLESS_LOCAL_TRIAGE_PORT", 8081),
    HANDOFF("handoff-service", "handoff", "SEAMLESS_LOCAL_HANDOFF_PORT", 8082),
    SLACK("slack-channel-service", "slack", "SEAMLESS_LOCAL_SLACK_PORT", 8083),
    NOTIFICATION("notification-service", "notification", "SEAMLESS_LOCAL_NOTIFICATION_PORT", 8084);

    private final String module;
    private final String database;
    private final LocalPort port;

    LocalService(String module, String database, String portSetting, int defaultPort) {
        this.module = module;
        this.database = database;
        this.port = new LocalPort(module, portSetting, defaultPort);
    }

    /** The Maven module, also the service's name and consumer group. */
    public String module() {
        return module;
    }

    public String database() {
        return database;
    }

    public LocalPort port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port.value();
    }

    public static List<String> modules() {
        return Arrays.stream(values()).map(LocalService::module).toList();
    }
}
