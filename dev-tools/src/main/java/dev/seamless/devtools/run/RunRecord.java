package dev.seamless.devtools.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What one local run started, written to {@code .run/pids} as each process starts, so that nothing it started
 * outlives it: a run that is killed without its own clean-up (kill -9, a closed terminal, a crash) is cleaned up by
 * its watchdog, or else by the next run. Only one run works in a checkout at a time: the run holds a lock on
 * {@code .run/lock} for its life, which the operating system releases when the process ends, however it ends.
 * Leftovers are stopped only when their command line names this checkout, so a reused pid of some other program is
 * never touched.
 */
final class RunRecord implements AutoCloseable {

    /** What a recorded process is, in the order they stop: services first, the database last. */
    enum Kind {
        SERVICE, KAFKA, POSTGRES
    }

    private static final Duration GRACE = Duration.ofSeconds(10);
    private static final String OWNER = "owner";

    private final Path runDirectory;
    private final Path checkout;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private RunRecord(Path runDirectory, FileChannel lockChannel, FileLock lock) {
        this.runDirectory = runDirectory;
        this.checkout = runDirectory.toAbsolutePath().normalize().getParent();
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Takes the checkout's run lock, waiting while the watchdog of a killed run is still cleaning up.
     *
     * @throws IllegalStateException when another run is alive in this checkout, or the lock was not released in time
     */
    static RunRecord acquire(Path runDirectory, Duration patience) throws IOException {
        Files.createDirectories(runDirectory);
        FileChannel channel = FileChannel.open(runDirectory.resolve("lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + patience.toNanos();
        boolean told = false;
        while (true) {
            FileLock lock = tryLock(channel);
            if (lock != null) {
                return new RunRecord(runDirectory, channel, lock);
            }
            Optional<Long> owner = ownerOf(runDirectory.resolve("pids"));
            if (owner.isPresent() && ProcessHandle.of(owner.get()).map(ProcessHandle::isAlive).orElse(false)) {
                channel.close();
                throw new IllegalStateException("a local run is already running in this checkout (pid " + owner.get()
                        + "); stop it first (Ctrl-C in its terminal, or kill " + owner.get() + ")");
            }
            if (!told) {
                System.out.println("[seamless] waiting for the clean-up of an earlier run that was killed ...");
                told = true;
            }
            if (System.nanoTime() > deadline) {
                channel.close();
                throw new IllegalStateException("the lock " + runDirectory.resolve("lock") + " was not released within "
                        + patience.toSeconds() + " s");
            }
            pause(Duration.ofMillis(200));
        }
    }

    /**
     * Stops what an earlier run recorded and left running, services first, then forgets that run. A PostgreSQL server
     * whose start was not recorded yet is found by its own {@code postmaster.pid}.
     */
    void stopLeftovers() throws IOException {
        Path pids = runDirectory.resolve("pids");
        List<Recorded> recorded = new ArrayList<>();
        if (Files.exists(pids)) {
            for (String line : Files.readAllLines(pids)) {
                Recorded.parse(line).ifPresent(recorded::add);
            }
        }
        Path postmaster = runDirectory.resolve("postgres").resolve("postmaster.pid");
        if (Files.exists(postmaster)) {
            Recorded.parse(Kind.POSTGRES + " " + Files.readAllLines(postmaster).stream().findFirst().orElse(""))
                    .ifPresent(recorded::add);
        }
        for (Kind kind : Kind.values()) {
            List<ProcessHandle> alive = recorded.stream().filter(entry -> entry.kind() == kind)
                    .flatMap(entry -> ProcessHandle.of(entry.pid()).stream()).distinct()
                    .filter(process -> process.isAlive() && startedHere(process)).toList();
            for (ProcessHandle process : alive) {
                System.out.println("[seamless] stopping " + kind.name().toLowerCase() + " pid " + process.pid()
                        + ", left running by an earlier run");
                process.destroy();
            }
            for (ProcessHandle process : alive) {
                awaitExit(process);
            }
        }
        Files.deleteIfExists(pids);
    }

    /** Starts this run's record; the JVM's own pid comes first, so the next run can tell whether its owner lives. */
    void begin() throws IOException {
        Files.writeString(runDirectory.resolve("pids"), OWNER + " " + ProcessHandle.current().pid() + "\n");
    }

    void add(Kind kind, long pid) {
        try {
            Files.writeString(runDirectory.resolve("pids"), kind + " " + pid + "\n", StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new IllegalStateException("could not record pid " + pid + " in " + runDirectory.resolve("pids"), e);
        }
    }

    /** Everything this run started has stopped. */
    void clear() throws IOException {
        Files.deleteIfExists(runDirectory.resolve("pids"));
    }

    @Override
    public void close() throws IOException {
        lock.release();
        lockChannel.close();
    }

    private boolean startedHere(ProcessHandle process) {
        return process.info().commandLine().map(commandLine -> commandLine.contains(checkout.toString()))
                .orElse(false);
    }

    private static void awaitExit(ProcessHandle process) {
        CompletableFuture<ProcessHandle> exit = process.onExit();
        try {
            exit.get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("[seamless] pid " + process.pid() + " did not stop within " + GRACE.toSeconds()
                    + " s: killed");
            process.destroyForcibly();
            exit.join();
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    /** The lock, or null while another process (or another run in this JVM) holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static Optional<Long> ownerOf(Path pids) {
        try {
            return Files.exists(pids) ? Files.readAllLines(pids).stream().filter(line -> line.startsWith(OWNER + " "))
                    .findFirst().map(line -> Long.parseLong(line.substring(OWNER.length() + 1).trim()))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private record Recorded(Kind kind, long pid) {
        static Optional<Recorded> parse(String line) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length != 2) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Recorded(Kind.valueOf(parts[0]), Long.parseLong(parts[1])));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
