package dev.seamless.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks docker-compose.yml (there is no Docker engine to start it here): the infrastructure services, and
 * for each Seamless service its port, the environment variables it is configured by, its dependencies and
 * its Dockerfile. The test runs with system-tests/ as working directory; the repository root is its parent.
 */
class ComposeFileTest {

    private static final List<String> COMMON_ENV = List.of(
            "QUARKUS_HTTP_PORT",
            "KAFKA_BOOTSTRAP_SERVERS",
            "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
            "MP_JWT_VERIFY_ISSUER",
            "SEAMLESS_LOG_JSON");

    private static final List<String> DATABASES = List.of("triage", "handoff", "slack", "notification");

    private static Path repo;
    private static JsonNode services;

    /** One row per Seamless service: name, port, its database, and every variable it must be given. */
    static Stream<Arguments> seamlessServices() {
        return Stream.of(
                Arguments.of("triage-service", 8081, "triage", required()),
                Arguments.of("handoff-service", 8082, "handoff", required()),
                Arguments.of("slack-channel-service", 8083, "slack",
                        required("SEAMLESS_SLACK_TOKEN", "SEAMLESS_SLACK_BASE_URL")),
                Arguments.of("notification-service", 8084, "notification",
                        required("QUARKUS_MAILER_HOST", "QUARKUS_MAILER_PORT", "QUARKUS_MAILER_FROM",
                                "QUARKUS_MAILER_MOCK")));
    }

    private static List<String> required(String... serviceSpecific) {
        return Stream.concat(COMMON_ENV.stream(), Stream.of(serviceSpecific)).toList();
    }

    @BeforeAll
    static void readComposeFile() throws IOException {
        // Maven runs the test in system-tests/; an IDE may run it from the repository root
        Path here = Path.of("").toAbsolutePath();
        repo = Files.isRegularFile(here.resolve("docker-compose.yml")) ? here : here.getParent();
        Path compose = repo.resolve("docker-compose.yml");
        assertThat(compose).as("docker-compose.yml at the repository root").isRegularFile();
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(compose.toFile());
        assertThat(root.has("version")).as("compose spec files have no 'version' key").isFalse();
        services = root.path("services");
        assertThat(services.isObject()).as("a 'services' mapping").isTrue();
    }

    @Test
    void declaresInfrastructureAndAllServices() {
        assertThat(fieldNames(services)).contains("kafka", "postgres", "mailpit", "triage-service",
                "handoff-service", "slack-channel-service", "notification-service");
    }

    @Test
    void kafkaRunsInKraftCombinedMode() {
        JsonNode kafka = services.path("kafka");
        assertThat(kafka.path("image").asText()).startsWith("apache/kafka:");
        Map<String, String> env = environment(kafka);
        assertThat(env.get("KAFKA_PROCESS_ROLES")).as("KAFKA_PROCESS_ROLES").contains("controller")
                .contains("broker");
        assertThat(env).containsKeys("KAFKA_NODE_ID", "KAFKA_CONTROLLER_QUORUM_VOTERS",
                "KAFKA_CONTROLLER_LISTENER_NAMES", "KAFKA_LISTENERS", "KAFKA_ADVERTISED_LISTENERS");
        assertThat(env.get("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR")).isEqualTo("1");
        assertThat(env.get("KAFKA_ADVERTISED_LISTENERS")).as("host access on 9092").contains(":9092");
        assertThat(publishes(kafka, 9092)).as("kafka publishes 9092").isTrue();
        assertThat(kafka.has("healthcheck")).as("kafka healthcheck").isTrue();
    }

    @Test
    void postgresInitScriptExistsAndCreatesEveryDatabase() throws IOException {
        JsonNode postgres = services.path("postgres");
        assertThat(postgres.path("image").asText()).startsWith("postgres:17");
        assertThat(postgres.has("healthcheck")).as("postgres healthcheck").isTrue();
        List<String> volumes = texts(postgres.path("volumes"));
        assertThat(volumes).anySatisfy(volume -> assertThat(volume)
                .startsWith("./deploy/postgres/init-databases.sql:/docker-entrypoint-initdb.d/"));

        Path script = repo.resolve("deploy/postgres/init-databases.sql");
        assertThat(script).isRegularFile();
        String sql = Files.readString(script).toLowerCase(Locale.ROOT);
        for (String db : DATABASES) {
            assertThat(sql).as("init script creates role and database %s", db)
                    .contains("create role " + db + " ")
                    .contains("create database " + db + " owner " + db + ";");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seamlessServices")
    void servicePublishesItsPort(String name, int port, String database, List<String> requiredEnv) {
        JsonNode service = service(name);
        assertThat(publishes(service, port)).as("%s publishes %s on the same host port; ports: %s", name, port,
                texts(service.path("ports"))).isTrue();
        assertThat(environment(service).get("QUARKUS_HTTP_PORT")).as("%s QUARKUS_HTTP_PORT", name)
                .isEqualTo(String.valueOf(port));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seamlessServices")
    void serviceSetsEveryVariableItReads(String name, int port, String database, List<String> requiredEnv) {
        Map<String, String> env = environment(service(name));
        assertThat(env).as("%s environment", name).containsKeys(requiredEnv.toArray(String[]::new));
        assertThat(env.get("QUARKUS_DATASOURCE_JDBC_URL"))
                .isEqualTo("jdbc:postgresql://postgres:5432/" + database);
        assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS")).startsWith("kafka:");
        assertThat(env.get("MP_JWT_VERIFY_ISSUER")).isEqualTo("${SEAMLESS_JWT_ISSUER:-seamless}");
        assertThat(env.get("SEAMLESS_LOG_JSON")).isEqualTo("true");
        assertThat(env.get("QUARKUS_DATASOURCE_PASSWORD")).as("overridable password").startsWith("${");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seamlessServices")
    void serviceWaitsForHealthyKafkaAndPostgres(String name, int port, String database, List<String> requiredEnv) {
        JsonNode dependsOn = service(name).path("depends_on");
        for (String dependency : List.of("kafka", "postgres")) {
            assertThat(dependsOn.path(dependency).path("condition").asText())
                    .as("%s depends on %s", name, dependency).isEqualTo("service_healthy");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seamlessServices")
    void serviceHasReadinessHealthcheck(String name, int port, String database, List<String> requiredEnv) {
        JsonNode test = service(name).path("healthcheck").path("test");
        assertThat(String.join(" ", texts(test))).as("%s healthcheck", name)
                .contains("/q/health/ready").contains(String.valueOf(port));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seamlessServices")
    void serviceIsBuiltFromAnExistingDockerfile(String name, int port, String database, List<String> requiredEnv)
            throws IOException {
        JsonNode build = service(name).path("build");
        assertThat(build.isObject()).as("%s build", name).isTrue();
        Path context = repo.resolve(build.path("context").asText()).normalize();
        assertThat(context).as("%s build context", name).isEqualTo(repo.resolve(name));
        Path dockerfile = context.resolve(build.path("dockerfile").asText("Dockerfile")).normalize();
        assertThat(dockerfile).as("%s Dockerfile", name).isRegularFile();
        String content = Files.readString(dockerfile);
        assertThat(content).contains("EXPOSE " + port).contains("quarkus-run.jar").contains("USER ");
    }

    private static JsonNode service(String name) {
        JsonNode service = services.path(name);
        assertThat(service.isObject()).as("service %s", name).isTrue();
        return service;
    }

    /** The environment of a service, written either as a mapping or as a list of KEY=value. */
    private static Map<String, String> environment(JsonNode service) {
        JsonNode env = service.path("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (env.isObject()) {
            for (Map.Entry<String, JsonNode> e : env.properties()) {
                result.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText());
            }
        } else if (env.isArray()) {
            for (JsonNode item : env) {
                String[] kv = item.asText().split("=", 2);
                result.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return result;
    }

    /** Whether a port mapping ("[ip:]host:container", or the long syntax) publishes the port on the same host port. */
    private static boolean publishes(JsonNode service, int port) {
        String same = port + ":" + port;
        return texts(service.path("ports")).stream().anyMatch(p -> p.equals(same) || p.endsWith(":" + same));
    }

    /** The items of a sequence as text (long-syntax ports as "published:target"), or a scalar as one item. */
    private static List<String> texts(JsonNode node) {
        List<String> result = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode item : node) {
                result.add(item.isObject() && item.has("target")
                        ? item.path("published").asText() + ":" + item.path("target").asText()
                        : item.asText());
            }
        } else if (!node.isMissingNode() && !node.isNull()) {
            result.add(node.asText());
        }
        return result;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> result = new ArrayList<>();
        node.fieldNames().forEachRemaining(result::add);
        return result;
    }
}
