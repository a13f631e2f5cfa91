package dev.seamless.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole system on this machine, without Docker: a Kafka broker on 127.0.0.1:9092, a PostgreSQL server with one
 * database per service, an SMTP sink that saves every mail under {@code .run/mail}, and the four packaged services.
 * Runs in the foreground; Ctrl-C or SIGTERM stops everything it started, services first. State lives for one run:
 * every start begins with empty topics and databases. Started by {@code dev/run}.
 */
public final class LocalRun {

    /** module, HTTP port, database (also its owner role and password, as in the services' defaults) */
    private record Service(String module, int port, String database) {
    }

    private static final List<Service> SERVICES = List.of(
            new Service("triage-service", 8081, "triage"),
            new Service("handoff-service", 8082, "handoff"),
            new Service("slack-channel-service", 8083, "slack"),
            new Service("notification-service", 8084, "notification"));

    private final Path root;
    private final Path runDirectory;
    private final int kafkaPort = intSetting("SEAMLESS_LOCAL_KAFKA_PORT", 9092);
    private final int postgresPort = intSetting("SEAMLESS_LOCAL_POSTGRES_PORT", 5432);
    private final int smtpPort = intSetting("SEAMLESS_LOCAL_SMTP_PORT", 2525);
    private final List<ServiceProcess> services = new ArrayList<>();
    private KafkaServerProcess kafka;
    private EmbeddedPostgres postgres;
    private GreenMail smtp;
    private Thread mailSaver;

    private LocalRun(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.runDirectory = this.root.resolve(".run");
    }

    public static void main(String[] args) throws Exception {
        LocalRun run = new LocalRun(Path.of(args.length > 0 ? args[0] : "."));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            run.stopAll();
            stopped.countDown();
        }, "local-run-stop"));
        try {
            run.startAll();
        } catch (RuntimeException | IOException | SQLException e) {
            System.err.println("[seamless] could not start: " + e.getMessage());
            System.exit(1);
        }
        run.printWelcome();
        stopped.await();
    }

    private void startAll() throws IOException, SQLException {
        stopLeftoversOfAnEarlierRun();
        cleanRunDirectory();
        requireFree(postgresPort, "PostgreSQL", "SEAMLESS_LOCAL_POSTGRES_PORT");
        requireFree(smtpPort, "the SMTP sink", "SEAMLESS_LOCAL_SMTP_PORT");
        for (Service service : SERVICES) {
            requireFree(service.port(), service.module(), null);
        }
        step("PostgreSQL on 127.0.0.1:" + postgresPort, this::startPostgres);
        step("Kafka on 127.0.0.1:" + kafkaPort, this::startKafka);
        step("SMTP sink on 127.0.0.1:" + smtpPort + " (mails saved in .run/mail)", this::startSmtp);
        long started = System.nanoTime();
        System.out.println("[seamless] starting the four services (logs in .run/logs) ...");
        for (Service service : SERVICES) {
            ServiceProcess process = new ServiceProcess(root.resolve(service.module()), service.port(),
                    environmentOf(service), runDirectory.resolve("logs"));
            services.add(process);
            process.start();
        }
        for (ServiceProcess process : services) {
            process.awaitReady(Duration.ofMinutes(2));
            System.out.printf("[seamless]   %-22s ready in %5d ms  %s  (pid %d, %d MB resident)%n",
                    process.name(), process.readyAfterMillis(), process.baseUrl(), process.pid(),
                    process.residentMegabytes());
        }
        System.out.printf("[seamless] all services ready in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        List<String> pids = new ArrayList<>();
        services.forEach(service -> pids.add(Long.toString(service.pid())));
        pids.add(Long.toString(kafka.pid()));
        Files.write(pidFile(), pids);
    }

    private Path pidFile() {
        return runDirectory.resolve("pids");
    }

    /** A run that was killed (not stopped) leaves its children running: stop them, or the ports stay taken. */
    private void stopLeftoversOfAnEarlierRun() throws IOException {
        if (!Files.exists(pidFile())) {
            return;
        }
        for (String pid : Files.readAllLines(pidFile())) {
            ProcessHandle.of(Long.parseLong(pid.trim()))
                    .filter(process -> process.info().commandLine().map(LocalRun::isOurs).orElse(false))
                    .ifPresent(process -> {
                        System.out.println("[seamless] stopping pid " + pid + " left over from an earlier run");
                        process.destroy();
                        process.onExit().join();
                    });
        }
        Files.delete(pidFile());
    }

    private static boolean isOurs(String commandLine) {
        return commandLine.contains("quarkus-run.jar") || commandLine.contains("kafka.Kafka");
    }

    private static void requireFree(int port, String what, String setting) {
        if (FreePorts.inUse(port)) {
            throw new IllegalStateException("port " + port + " for " + what + " is taken by another program"
                    + (setting == null ? "" : "; stop it or choose another port with " + setting));
        }
    }

    private Map<String, String> environmentOf(Service service) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        environment.put("QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + service.database());
        environment.put("QUARKUS_DATASOURCE_USERNAME", service.database());
        environment.put("QUARKUS_DATASOURCE_PASSWORD", service.database());
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", root.resolve("dev/local-jwt/public.pem").toString());
        environment.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        environment.put("QUARKUS_MAILER_PORT", Integer.toString(smtpPort));
        return environment;
    }

    private void startPostgres() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder()
                .setPort(postgresPort)
                .setDataDirectory(runDirectory.resolve("postgres"))
                .setCleanDataDirectory(true)
                // stopped by our own hook, after the services: its own would race theirs
                .setRegisterShutdownHook(false)
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (Service service : SERVICES) {
                statement.execute("create role " + service.database() + " login password '" + service.database()
                        + "'");
                statement.execute("create database " + service.database() + " owner " + service.database());
            }
        }
    }

    private void startKafka() {
        kafka = new KafkaServerProcess(kafkaPort, runDirectory.resolve("kafka"));
        kafka.start();
        KafkaBroker.createContractTopics(kafka.bootstrapServers());
    }

    private void startSmtp() throws IOException {
        Files.createDirectories(runDirectory.resolve("mail"));
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        mailSaver = new Thread(this::saveMailsUntilStopped, "mail-saver");
        mailSaver.setDaemon(true);
        mailSaver.start();
    }

    /**
     * Writes each received mail once to .run/mail as an .eml file (any mail client opens it) and prints a line. The
     * sink keeps a copy per recipient, listed by mailbox rather than by arrival: mails are told apart by Message-ID.
     */
    private void saveMailsUntilStopped() {
        Set<String> saved = new HashSet<>();
        while (!Thread.currentThread().isInterrupted()) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                try {
                    if (saved.add(message.getMessageID())) {
                        saveMail(saved.size(), message);
                    }
                } catch (MessagingException e) {
                    System.err.println("[seamless] could not read a received mail: " + e.getMessage());
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void saveMail(int number, MimeMessage message) {
        Path file = runDirectory.resolve("mail").resolve(String.format("%04d.eml", number));
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
            System.out.printf("[seamless] mail %s to %s (cc %s): %s%n", file.getFileName(),
                    addresses(message.getRecipients(MimeMessage.RecipientType.TO)),
                    addresses(message.getRecipients(MimeMessage.RecipientType.CC)), message.getSubject());
        } catch (IOException | MessagingException e) {
            System.err.println("[seamless] could not save mail " + number + ": " + e.getMessage());
        }
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "-" : Arrays.stream(addresses).map(Address::toString)
                .collect(Collectors.joining(", "));
    }

    private void printWelcome() {
        System.out.println();
        System.out.println("[seamless] Seamless is running. Ctrl-C stops everything.");
        for (ServiceProcess service : services) {
            System.out.printf("  %-22s %s/q/swagger-ui   health %s/q/health   metrics %s/q/metrics%n",
                    service.name(), service.baseUrl(), service.baseUrl(), service.baseUrl());
        }
        System.out.println("  Kafka   " + kafka.bootstrapServers() + "      PostgreSQL 127.0.0.1:" + postgresPort
                + " (user = password = database: triage, handoff, slack, notification)");
        System.out.println("  Mails   .run/mail/*.eml      Logs .run/logs/*.log");
        System.out.println();
        System.out.println("  The sample journey: people and an account, an SA request, then the deal closes:");
        System.out.println("    dev/publish dev/samples/0*.json dev/samples/10-*.json");
        System.out.println("    dev/publish dev/samples/15-triage-request.json");
        System.out.println("    dev/publish dev/samples/20-opportunity-closed-won.json");
        System.out.println("  Then look at what it produced:");
        System.out.println("    TOKEN=$(dev/token csm-1 CSM)");
        System.out.println("    curl -s -H \"Authorization: Bearer $TOKEN\" http://127.0.0.1:8081/api/triage-requests/sf-req-3001");
        System.out.println("    curl -s -H \"Authorization: Bearer $TOKEN\" 'http://127.0.0.1:8082/api/handoffs?accountId=acct-1001'");
        System.out.println("    curl -s -H \"Authorization: Bearer $TOKEN\" 'http://127.0.0.1:8084/api/notifications?accountId=acct-1001'");
        System.out.println("    ls .run/mail");
        System.out.println();
    }

    private synchronized void stopAll() {
        System.out.println("[seamless] stopping ...");
        services.parallelStream().forEach(ServiceProcess::stop);
        if (mailSaver != null) {
            mailSaver.interrupt();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (kafka != null) {
            kafka.stop();
        }
        try {
            Files.deleteIfExists(pidFile());
        } catch (IOException e) {
            System.err.println("[seamless] could not remove " + pidFile() + ": " + e.getMessage());
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("[seamless] PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
        System.out.println("[seamless] stopped");
    }

    private void cleanRunDirectory() throws IOException {
        for (String stateDirectory : List.of("kafka", "mail", "logs")) {
            Path directory = runDirectory.resolve(stateDirectory);
            if (Files.exists(directory)) {
                try (Stream<Path> paths = Files.walk(directory)) {
                    for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
        }
        Files.createDirectories(runDirectory);
    }

    @FunctionalInterface
    private interface Step {
        void run() throws IOException, SQLException;
    }

    private static void step(String what, Step step) throws IOException, SQLException {
        long started = System.nanoTime();
        System.out.println("[seamless] starting " + what + " ...");
        step.run();
        System.out.printf("[seamless]   ready in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    private static int intSetting(String name, int defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : Integer.parseInt(value.trim());
    }
}
