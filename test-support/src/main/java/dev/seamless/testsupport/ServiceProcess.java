package dev.seamless.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One packaged Seamless service ({@code <module>/target/quarkus-app/quarkus-run.jar}) running as its own process, as
 * in production: configured only through environment variables, stopped with SIGTERM (graceful shutdown).
 */
public final class ServiceProcess implements AutoCloseable {

    /** A small footprint for the local run and the system tests: four services fit beside Kafka on a laptop. */
    public static final List<String> SMALL_FOOTPRINT = List.of("-Xmx256m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1");
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private final Path logFile;
    private final List<String> jvmOptions;
    private Process process;
    private long startedAt;
    private long readyAfterMillis = -1;

    /**
     * @param module      the service's Maven module directory, e.g. {@code handoff-service}
     * @param port        its HTTP port
     * @param environment its configuration (QUARKUS_DATASOURCE_JDBC_URL, KAFKA_BOOTSTRAP_SERVERS, ...)
     * @param logDirectory where its console output goes, as {@code <module>.log}
     */
    public ServiceProcess(Path module, int port, Map<String, String> environment, Path logDirectory) {
        this(module, port, environment, logDirectory, SMALL_FOOTPRINT);
    }

    /** @param jvmOptions the JVM's options, e.g. heap size and garbage collector */
    public ServiceProcess(Path module, int port, Map<String, String> environment, Path logDirectory,
            List<String> jvmOptions) {
        this.jvmOptions = List.copyOf(jvmOptions);
        this.name = module.getFileName().toString();
        this.jar = module.resolve("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
        this.port = port;
        this.environment = new HashMap<>(environment);
        this.environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        this.logFile = logDirectory.toAbsolutePath().resolve(name + ".log");
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    /** Milliseconds from launch to the first ready answer of {@code /q/health/ready}, or -1 before that. */
    public long readyAfterMillis() {
        return readyAfterMillis;
    }

    public long pid() {
        return process.pid();
    }

    /** Resident set size of the service's process in MB, from /proc (Linux), or -1 where it cannot be read. */
    public long residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    public void start() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw package)");
        }
        try {
            Files.createDirectories(logFile.getParent());
            List<String> command = ChildProcesses.javaCommand(jvmOptions);
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
            builder.environment().putAll(environment);
            startedAt = System.nanoTime();
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + name, e);
        }
    }

    /** Waits until the service's readiness check (database and Kafka included) answers 200. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + logFile);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    readyAfterMillis = (System.nanoTime() - startedAt) / 1_000_000;
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
        }
        throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s; see "
                + logFile);
    }

    /** SIGKILL, as a crash or an OOM killer would: no shutdown hook runs. */
    public void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** SIGTERM without waiting, so that several services shut down at once; {@link #stop()} then waits. */
    public void requestStop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    /** SIGTERM, then waits for the graceful shutdown; kills the process only if it does not end in time. */
    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        ChildProcesses.terminate(process, STOP_TIMEOUT);
    }

    @Override
    public void close() {
        stop();
    }
}
