package dev.seamless.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker (KRaft, combined broker and controller) in a child process, started the way a platform team
 * starts one ({@code kafka.Kafka server.properties}) from the jars already on this JVM's class path. Unlike the
 * in-JVM {@link KafkaBroker} it listens on a port of our choosing and can be stopped and started again on the same
 * log directory: the local run uses it on 9092, fault tests use it for a real broker outage.
 */
public final class KafkaServerProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final int port;
    private final int controllerPort;
    private final Path directory;
    private final Path logFile;
    private final LongConsumer onLaunch;
    private Process process;

    /**
     * @param port      the client port, on 127.0.0.1
     * @param directory where the broker keeps its configuration, data and log (created; formatted once)
     */
    public KafkaServerProcess(int port, Path directory) {
        this(port, directory, pid -> {
        });
    }

    /**
     * @param onLaunch told the broker's pid as soon as it is launched, before it is ready: the local run records it
     *                 so that a run killed while the broker starts still stops it
     */
    public KafkaServerProcess(int port, Path directory, LongConsumer onLaunch) {
        this.port = port;
        this.onLaunch = onLaunch;
        this.controllerPort = FreePorts.next();
        this.directory = directory.toAbsolutePath();
        this.logFile = this.directory.resolve("broker.log");
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    public long pid() {
        return process.pid();
    }

    /** Formats the log directory on first start, starts the broker and waits until it answers. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        if (FreePorts.inUse(port)) {
            throw new IllegalStateException("port " + port + " is taken: another Kafka broker is running there? "
                    + "Stop it or choose another port");
        }
        try {
            Path properties = writeProperties();
            if (!Files.exists(directory.resolve("data").resolve("meta.properties"))) {
                format(properties);
            }
            process = java("kafka.Kafka", properties.toString()).start();
            onLaunch.accept(process.pid());
            awaitReady();
        } catch (IOException e) {
            throw new IllegalStateException("could not start Kafka in " + directory, e);
        }
    }

    /** Stops the broker the way an operator does (SIGTERM, controlled shutdown); the data stays. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        ChildProcesses.terminate(process, STOP_TIMEOUT);
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    private Path writeProperties() throws IOException {
        Files.createDirectories(directory);
        List<String> lines = new ArrayList<>(List.of(
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + directory.resolve("data"),
                "num.partitions=" + KafkaBroker.PARTITIONS,
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0"));
        Path properties = directory.resolve("server.properties");
        Files.write(properties, lines);
        return properties;
    }

    private void format(Path properties) throws IOException {
        Process formatter = java("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c",
                properties.toString()).start();
        try {
            if (!formatter.waitFor(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || formatter.exitValue() != 0) {
                formatter.destroyForcibly();
                throw new IllegalStateException("formatting Kafka's log directory failed; see " + logFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting Kafka's log directory", e);
        }
    }

    private ProcessBuilder java(String mainClass, String... args) {
        List<String> command = ChildProcesses.javaCommand(List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited with " + process.exitValue() + "; see " + logFile);
            }
            if (FreePorts.inUse(port)) {
                try (Admin admin = Admin.create(config)) {
                    if (!admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    // not ready yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for Kafka", e);
                }
            }
            pause();
        }
        stop();
        throw new IllegalStateException("Kafka was not ready within " + READY_TIMEOUT.toSeconds() + " s; see "
                + logFile);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
