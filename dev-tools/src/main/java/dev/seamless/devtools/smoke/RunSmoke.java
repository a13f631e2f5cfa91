package dev.seamless.devtools.smoke;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seamless.devtools.client.LocalPort;
import dev.seamless.devtools.client.LocalService;
import dev.seamless.devtools.client.LocalSystem;
import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.Topics;
import dev.seamless.events.envelope.EventCodec;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.events.envelope.InvalidEventException;
import dev.seamless.events.notification.NotificationSent;
import dev.seamless.testsupport.FreePorts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * {@code dev/smoke [dev/run options]}: proves the README's run command from the outside, as a newcomer would use
 * it. It starts {@code dev/run}, waits until the four services are ready, publishes the sample journey with
 * {@code dev/publish}, checks through the REST APIs with a token from {@code dev/token} that the walking skeleton
 * happened (the request assigned, a handoff with tasks, a sent notification, its {@code NotificationSent} event and
 * the mail in {@code .run/mail}), then sends SIGTERM and checks that the run stopped within the limit and freed every
 * port. Every wait is bounded; the first failed check ends it with exit code 1.
 */
public final class RunSmoke {

    private static final String ACCOUNT = "acct-1001";
    private static final String REQUEST = "sf-req-3001";
    private static final Duration START_PATIENCE = Duration.ofMinutes(15);
    private static final Duration FLOW_PATIENCE = Duration.ofMinutes(2);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(10);

    private final Path checkout;
    private final List<String> runOptions;
    private final List<String> passed = new ArrayList<>();
    private Process run;

    private RunSmoke(Path checkout, List<String> runOptions) {
        this.checkout = checkout;
        this.runOptions = runOptions;
    }

    public static void main(String[] args) throws Exception {
        RunSmoke smoke = new RunSmoke(Path.of(args[0]).toAbsolutePath().normalize(),
                Arrays.asList(args).subList(1, args.length));
        long started = System.nanoTime();
        try {
            smoke.prove();
        } catch (RuntimeException | IOException e) {
            System.out.println("[smoke] FAILED: " + e.getMessage());
            smoke.stopTheRunIfStillThere();
            System.exit(1);
        }
        System.out.printf("[smoke] all %d checks passed in %d s%n", smoke.passed.size(),
                (System.nanoTime() - started) / 1_000_000_000);
    }

    private void prove() throws IOException, InterruptedException {
        for (LocalPort port : ports()) {
            if (FreePorts.inUse(port.value())) {
                throw new IllegalStateException("port " + port.value() + " (" + port.what() + ") is taken before the"
                        + " run started: stop what holds it");
            }
        }
        try (LocalSystem system = new LocalSystem(checkout)) {
            start(system);
            publish("dev/samples/01-person-ae.json", "dev/samples/02-person-sa.json", "dev/samples/03-person-csm.json",
                    "dev/samples/10-account.json");
            awaitConsumed(system, Topics.CRM_ACCOUNTS, Topics.DIRECTORY_PEOPLE);
            publish("dev/samples/15-triage-request.json");
            awaitConsumed(system, Topics.CRM_TRIAGE_REQUESTS);
            publish("dev/samples/20-opportunity-closed-won.json");
            String token = command("dev/token", "csm-1", "CSM").trim();
            checkTheSkeleton(system, token);
        }
        stop();
    }

    private static List<LocalPort> ports() {
        List<LocalPort> ports = new ArrayList<>(List.of(LocalPort.KAFKA, LocalPort.POSTGRES, LocalPort.SMTP));
        Arrays.stream(LocalService.values()).map(LocalService::port).forEach(ports::add);
        return ports;
    }

    private void start(LocalSystem system) throws IOException {
        List<String> command = new ArrayList<>(List.of(checkout.resolve("dev/run").toString()));
        command.addAll(runOptions);
        System.out.println("[smoke] starting " + String.join(" ", command));
        long started = System.nanoTime();
        run = new ProcessBuilder(command).directory(checkout.toFile()).redirectErrorStream(true).start();
        Thread echo = new Thread(() -> echo(run), "run-output");
        echo.setDaemon(true);
        echo.start();
        for (LocalService service : LocalService.values()) {
            LocalSystem.await(service.module() + " ready at " + service.baseUrl() + "/q/health/ready",
                    START_PATIENCE, () -> {
                        if (!run.isAlive()) {
                            throw new IllegalStateException("dev/run exited with " + run.exitValue()
                                    + " before the services were ready (its output is above)");
                        }
                        return system.ready(service);
                    });
        }
        check("dev/run started the four services, all ready, in " + (System.nanoTime() - started) / 1_000_000_000
                + " s (build included)");
    }

    private static void echo(Process process) {
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            output.lines().forEach(line -> System.out.println("  run | " + line));
        } catch (IOException | java.io.UncheckedIOException e) {
            // the run ended
        }
    }

    private void publish(String... files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("dev/publish"));
        command.addAll(List.of(files));
        String output = command(command.toArray(String[]::new));
        check("dev/publish " + String.join(" ", files) + ": "
                + output.lines().filter(line -> line.startsWith("published")).count() + " events published");
    }

    private void awaitConsumed(LocalSystem system, String... topics) {
        for (LocalService service : LocalService.values()) {
            LocalSystem.await(service.module() + " consumed " + String.join(", ", topics), FLOW_PATIENCE,
                    () -> system.consumedToEnd(service.module(), topics));
        }
    }

    private void checkTheSkeleton(LocalSystem system, String token) throws IOException {
        JsonNode request = system.awaitAnswer(LocalService.TRIAGE, "/api/triage-requests/" + REQUEST, token,
                "the triage request " + REQUEST + " assigned to an SA", FLOW_PATIENCE,
                body -> body.path("saId").isTextual());
        check("triage-service assigned " + REQUEST + " to " + request.path("saId").asText() + " (status "
                + request.path("status").asText() + ", rule " + request.path("assignment").path("rule").asText()
                + ")");

        JsonNode handoffs = system.awaitAnswer(LocalService.HANDOFF, "/api/handoffs?accountId=" + ACCOUNT, token,
                "a handoff of " + ACCOUNT + " with tasks", FLOW_PATIENCE,
                body -> body.size() > 0 && body.get(0).path("tasks").size() > 0);
        JsonNode handoff = handoffs.get(0);
        check("handoff-service started " + handoff.path("handoffType").asText() + " for " + ACCOUNT + " with "
                + handoff.path("tasks").size() + " tasks (rule " + handoff.path("decision").path("rule").asText()
                + ")");

        JsonNode notifications = system.awaitAnswer(LocalService.NOTIFICATION,
                "/api/notifications?accountId=" + ACCOUNT + "&status=SENT", token, "a sent notification of " + ACCOUNT,
                FLOW_PATIENCE, body -> body.size() > 0);
        JsonNode sent = notifications.get(0);
        check("notification-service sent '" + sent.path("template").asText() + "' to " + sent.path("recipient").asText()
                + ": " + sent.path("subject").asText());

        NotificationSent event = awaitNotificationSent();
        check("NotificationSent on " + Topics.NOTIFICATION_EVENTS + " for " + ACCOUNT + " (template "
                + event.template() + ", to " + event.to() + ")");

        Path mailDirectory = checkout.resolve(".run/mail");
        LocalSystem.await("a mail for " + event.to() + " in .run/mail", FLOW_PATIENCE, () -> mailTo(mailDirectory,
                event.to()).isPresent());
        check("the mail is saved as .run/mail/" + mailTo(mailDirectory, event.to()).orElseThrow().getFileName());
    }

    private static NotificationSent awaitNotificationSent() {
        EventCodec codec = new EventCodec();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalSystem.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.NOTIFICATION_EVENTS).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + FLOW_PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    try {
                        EventEnvelope<SeamlessEvent> envelope = codec.decode(record.headers(), record.value());
                        if (envelope.data() instanceof NotificationSent sent && ACCOUNT.equals(sent.accountId())) {
                            return sent;
                        }
                    } catch (InvalidEventException e) {
                        throw new IllegalStateException("an invalid record on " + Topics.NOTIFICATION_EVENTS + ": "
                                + e.getMessage());
                    }
                }
            }
        }
        throw new IllegalStateException("no NotificationSent for " + ACCOUNT + " on " + Topics.NOTIFICATION_EVENTS
                + " within " + FLOW_PATIENCE.toSeconds() + " s");
    }

    private static Optional<Path> mailTo(Path directory, String address) {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> mails = Files.list(directory)) {
            return mails.filter(mail -> mail.toString().endsWith(".eml")).filter(mail -> {
                try {
                    return Files.readString(mail, StandardCharsets.ISO_8859_1).contains(address);
                } catch (IOException e) {
                    return false;
                }
            }).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void stop() throws InterruptedException {
        long started = System.nanoTime();
        run.destroy();
        if (!run.waitFor(STOP_LIMIT.toSeconds() * 3, TimeUnit.SECONDS)) {
            throw new IllegalStateException("dev/run did not stop within " + STOP_LIMIT.toSeconds() * 3
                    + " s of SIGTERM");
        }
        long stopMillis = (System.nanoTime() - started) / 1_000_000;
        if (stopMillis > STOP_LIMIT.toMillis()) {
            throw new IllegalStateException("dev/run took " + stopMillis + " ms to stop after SIGTERM; the limit is "
                    + STOP_LIMIT.toMillis() + " ms");
        }
        check("SIGTERM stopped dev/run in " + stopMillis + " ms");
        List<String> held = ports().stream().filter(port -> FreePorts.inUse(port.value()))
                .map(port -> port.value() + " (" + port.what() + ")").toList();
        if (!held.isEmpty()) {
            throw new IllegalStateException("ports still held after the run stopped: " + String.join(", ", held));
        }
        check("every port is free again: " + String.join(", ", ports().stream()
                .map(port -> Integer.toString(port.value())).toList()));
    }

    private void stopTheRunIfStillThere() {
        if (run != null && run.isAlive()) {
            run.destroy();
            try {
                run.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Runs one of the dev/ scripts as a user would, and returns its output; a non-zero exit is a failed check. */
    private String command(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(checkout.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    private void check(String what) {
        passed.add(what);
        System.out.println("[smoke] ok  " + what);
    }
}
