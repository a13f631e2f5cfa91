package dev.seamless.system;

import dev.seamless.testsupport.FreePorts;
import dev.seamless.testsupport.KafkaBroker;
import dev.seamless.testsupport.PostgresServer;
import dev.seamless.testsupport.ServiceProcess;
import dev.seamless.testsupport.SmtpSink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four packaged services as separate processes, configured only through environment variables like in
 * production, against the test JVM's real Kafka broker, PostgreSQL server and SMTP sink. Started once for the test
 * run and stopped (SIGTERM) when the JVM exits.
 */
final class RunningSystem {

    record Service(String module, String database) {
    }

    static final List<Service> SERVICES = List.of(
            new Service("triage-service", "triage"),
            new Service("handoff-service", "handoff"),
            new Service("slack-channel-service", "slack"),
            new Service("notification-service", "notification"));

    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static Map<String, ServiceProcess> running;

    private RunningSystem() {
    }

    static synchronized Map<String, ServiceProcess> services() {
        if (running == null) {
            running = start();
        }
        return running;
    }

    static String url(String module) {
        return services().get(module).baseUrl();
    }

    private static Map<String, ServiceProcess> start() {
        Path repository = Path.of("").toAbsolutePath().getParent();
        Path target = Path.of("target").toAbsolutePath();
        Path publicKey = copyTestPublicKey(target);
        Map<String, ServiceProcess> started = new LinkedHashMap<>();
        for (Service service : SERVICES) {
            PostgresServer.Database database = PostgresServer.database(service.database());
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("KAFKA_BOOTSTRAP_SERVERS", KafkaBroker.bootstrapServers());
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
            environment.put("QUARKUS_DATASOURCE_USERNAME", database.username());
            environment.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
            environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toString());
            environment.put("QUARKUS_MAILER_HOST", "127.0.0.1");
            environment.put("QUARKUS_MAILER_PORT", Integer.toString(SmtpSink.port()));
            ServiceProcess process = new ServiceProcess(repository.resolve(service.module()), FreePorts.next(),
                    environment, target.resolve("service-logs"));
            started.put(service.module(), process);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> started.values().parallelStream()
                .forEach(ServiceProcess::stop), "services-stop"));
        started.values().forEach(ServiceProcess::start);
        for (ServiceProcess process : started.values()) {
            process.awaitReady(STARTUP);
            System.out.printf("[system-tests] %s ready in %d ms at %s%n", process.name(), process.readyAfterMillis(),
                    process.baseUrl());
        }
        return started;
    }

    private static Path copyTestPublicKey(Path target) {
        try (InputStream pem = RunningSystem.class.getClassLoader()
                .getResourceAsStream("seamless-test/jwt-public.pem")) {
            Path file = target.resolve("jwt-public.pem");
            Files.createDirectories(target);
            Files.copy(pem, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot provide the test public key to the services", e);
        }
    }
}
