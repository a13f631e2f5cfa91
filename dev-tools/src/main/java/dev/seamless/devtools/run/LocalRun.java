package dev.seamless.devtools.run;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.seamless.devtools.client.LocalPort;
import dev.seamless.devtools.client.LocalService;
import dev.seamless.devtools.run.RunRecord.Kind;
import dev.seamless.testsupport.FreePorts;
import dev.seamless.testsupport.KafkaBroker;
import dev.seamless.testsupport.KafkaServerProcess;
import dev.seamless.testsupport.ServiceProcess;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole system on this machine, without Docker: a Kafka broker, a PostgreSQL server with one database per
 * service, an SMTP sink that saves every mail under {@code .run/mail}, and the four packaged services, all on
 * 127.0.0.1 only. Runs in the foreground; Ctrl-C or SIGTERM stops everything it started, services first. Nothing it
 * started outlives it: each child is recorded in {@code .run/pids} as it starts, and a watchdog process stops them
 * when the run dies without stopping them itself (the next run does too, should the watchdog be gone as well).
 * State lives for one run: every start begins with empty topics and databases. Started by {@code dev/run}.
 */
public final class LocalRun {

    private static final Duration SERVICE_READY_TIMEOUT = Duration.ofMinutes(2);

    private final RunOptions options;
    private final Path root;
    private final Path runDirectory;
    private final int kafkaPort;
    private final int postgresPort;
    private final int smtpPort;
    private final List<ServiceProcess> services = new ArrayList<>();
    private RunRecord record;
    private Process watchdog;
    private KafkaServerProcess kafka;
    private EmbeddedPostgres postgres;
    private GreenMail smtp;
    private Thread mailSaver;

    private LocalRun(RunOptions options) {
        this.options = options;
        this.root = options.checkout();
        this.runDirectory = root.resolve(".run");
        this.kafkaPort = LocalPort.KAFKA.value();
        this.postgresPort = LocalPort.POSTGRES.value();
        this.smtpPort = LocalPort.SMTP.value();
    }

    public static void main(String[] args) throws Exception {
        LocalRun run;
        try {
            run = new LocalRun(RunOptions.parse(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
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
        record = RunRecord.acquire(runDirectory, Duration.ofMinutes(1));
        record.stopLeftovers();
        record.begin();
        startWatchdog();
        cleanRunDirectory();
        requireFree(LocalPort.POSTGRES, postgresPort);
        requireFree(LocalPort.KAFKA, kafkaPort);
        requireFree(LocalPort.SMTP, smtpPort);
        for (LocalService service : options.services()) {
            requireFree(service.port(), service.port().value());
        }
        step("PostgreSQL on 127.0.0.1:" + postgresPort, this::startPostgres);
        step("Kafka on 127.0.0.1:" + kafkaPort, this::startKafka);
        step("SMTP sink on 127.0.0.1:" + smtpPort + " (mails saved in .run/mail)", this::startSmtp);
        if (options.services().isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        System.out.println("[seamless] starting " + options.services().size() + " services (logs in .run/logs) ...");
        for (LocalService service : options.services()) {
            ServiceProcess process = new ServiceProcess(root.resolve(service.module()), service.port().value(),
                    environmentOf(service), runDirectory.resolve("logs"));
            services.add(process);
            process.start();
            record.add(Kind.SERVICE, process.pid());
        }
        for (ServiceProcess process : services) {
            process.awaitReady(SERVICE_READY_TIMEOUT);
            System.out.printf("[seamless]   %-22s ready in %5d ms  %s  (pid %d, %d MB resident)%n",
                    process.name(), process.readyAfterMillis(), process.baseUrl(), process.pid(),
                    process.residentMegabytes());
        }
        System.out.printf("[seamless] all services ready in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * A process outside this JVM's session (so a Ctrl-C does not reach it) that waits for this JVM to end, however
     * it ends, and then stops whatever the run recorded and did not stop itself.
     */
    private void startWatchdog() throws IOException {
        Files.createDirectories(runDirectory.resolve("logs"));
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.addAll(List.of("sh", "-c",
                "tail --pid=\"$0\" -f /dev/null; exec \"$1\" -Xmx64m -XX:+UseSerialGC -cp \"$2\" "
                        + Watchdog.class.getName() + " \"$3\"",
                Long.toString(ProcessHandle.current().pid()),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("java.class.path"), runDirectory.toString()));
        watchdog = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(runDirectory.resolve("watchdog.log").toFile()))
                .start();
    }

    private static void requireFree(LocalPort port, int value) {
        if (FreePorts.inUse(value)) {
            throw new IllegalStateException("port " + value + " for " + port.what() + " is taken by another program;"
                    + " stop it or choose another port with " + port.setting() + "=<port>");
        }
    }

    private Map<String, String> environmentOf(LocalService service) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
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
        Path dataDirectory = runDirectory.resolve("postgres");
        postgres = EmbeddedPostgres.builder()
                .setPort(postgresPort)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(true)
                .setServerConfig("listen_addresses", "127.0.0.1")
                // stopped by our own hook, after the services: its own would race theirs
                .setRegisterShutdownHook(false)
                .start();
        // the server's pid is the first line of postmaster.pid
        record.add(Kind.POSTGRES, Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0)
                .trim()));
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (LocalService service : LocalService.values()) {
                statement.execute("create role " + service.database() + " login password '" + service.database()
                        + "'");
                statement.execute("create database " + service.database() + " owner " + service.database());
            }
        }
    }

    private void startKafka() {
        kafka = new KafkaServerProcess(kafkaPort, runDirectory.resolve("kafka"), pid -> record.add(Kind.KAFKA, pid));
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
        if (options.infrastructureOnly()) {
            System.out.println("[seamless] The infrastructure is running. Ctrl-C stops it.");
        } else {
            System.out.println("[seamless] Seamless is running. Ctrl-C stops everything.");
        }
        for (ServiceProcess service : services) {
            System.out.printf("  %-22s %s/q/swagger-ui   health %s/q/health   metrics %s/q/metrics%n",
                    service.name(), service.baseUrl(), service.baseUrl(), service.baseUrl());
        }
        System.out.println("  Kafka      " + kafka.bootstrapServers());
        System.out.println("  PostgreSQL 127.0.0.1:" + postgresPort
                + "   databases triage, handoff, slack, notification (user = password = database)");
        System.out.println("  SMTP sink  127.0.0.1:" + smtpPort + "   mails saved in .run/mail/*.eml");
        System.out.println("  Logs       .run/logs/*.log");
        List<LocalService> notStarted = Arrays.stream(LocalService.values())
                .filter(service -> !options.services().contains(service))
                .toList();
        if (!notStarted.isEmpty()) {
            printDevModeHint(notStarted);
        }
        if (!services.isEmpty()) {
            System.out.println();
            System.out.println("  A customer's journey, step by step, with each decision and its reasons:");
            System.out.println("    dev/demo");
            System.out.println("  Or publish the samples yourself and look at what they produced:");
            System.out.println("    dev/publish dev/samples/0*.json dev/samples/10-*.json");
            System.out.println("    dev/publish dev/samples/15-triage-request.json");
            System.out.println("    dev/publish dev/samples/20-opportunity-closed-won.json");
            System.out.println("    TOKEN=$(dev/token csm-1 CSM)");
            System.out.println("    curl -s -H \"Authorization: Bearer $TOKEN\" 'http://127.0.0.1:8082/api/handoffs?accountId=acct-1001'");
        }
        System.out.println();
    }

    /** How to run the services this run left out in dev mode against its infrastructure. */
    private void printDevModeHint(List<LocalService> notStarted) {
        System.out.println();
        System.out.println("  Run the other services in dev mode against it (live reload, the development key):");
        List<String> moved = new ArrayList<>();
        if (kafkaPort != LocalPort.KAFKA.defaultValue()) {
            moved.add("KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:" + kafkaPort);
        }
        if (smtpPort != LocalPort.SMTP.defaultValue()) {
            moved.add("QUARKUS_MAILER_PORT=" + smtpPort);
        }
        for (LocalService service : notStarted) {
            List<String> settings = new ArrayList<>(moved);
            if (postgresPort != LocalPort.POSTGRES.defaultValue()) {
                settings.add("QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:" + postgresPort + "/"
                        + service.database());
            }
            if (service.port().value() != service.port().defaultValue()) {
                settings.add("QUARKUS_HTTP_PORT=" + service.port().value());
            }
            settings.add("./mvnw quarkus:dev -pl " + service.module() + " -am");
            System.out.println("    " + String.join(" ", settings));
        }
    }

    private synchronized void stopAll() {
        long started = System.nanoTime();
        System.out.println("[seamless] stopping ...");
        timed("services", () -> {
            services.forEach(ServiceProcess::requestStop);
            services.forEach(ServiceProcess::stop);
        });
        if (mailSaver != null) {
            mailSaver.interrupt();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (kafka != null) {
            timed("Kafka", kafka::stop);
        }
        if (postgres != null) {
            timed("PostgreSQL", () -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    System.err.println("[seamless] PostgreSQL did not stop cleanly: " + e.getMessage());
                }
            });
        }
        if (record != null) {
            try {
                record.clear();
                record.close();
            } catch (IOException e) {
                System.err.println("[seamless] could not clear " + runDirectory.resolve("pids") + ": "
                        + e.getMessage());
            }
        }
        if (watchdog != null) {
            watchdog.destroy();
        }
        System.out.printf("[seamless] stopped in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    private static void timed(String what, Runnable stop) {
        long started = System.nanoTime();
        stop.run();
        System.out.printf("[seamless]   %s stopped in %d ms%n", what, (System.nanoTime() - started) / 1_000_000);
    }

    private void cleanRunDirectory() throws IOException {
        for (String stateDirectory : List.of("kafka", "mail", "logs", "postgres")) {
            Path directory = runDirectory.resolve(stateDirectory);
            if (Files.exists(directory)) {
                try (Stream<Path> paths = Files.walk(directory)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
        }
        Files.createDirectories(runDirectory.resolve("logs"));
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
}
