package dev.seamless.devtools.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamless.devtools.run.RunRecord.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real child processes stand in for a killed run's broker and services. */
class RunRecordTest {

    @TempDir
    Path checkout;

    private Process leftover;
    private Process stranger;

    @AfterEach
    void killWhatIsLeft() {
        for (Process process : new Process[] {leftover, stranger}) {
            if (process != null) {
                process.destroyForcibly();
            }
        }
    }

    /** A process whose command line names a file in the given directory, as the run's children name the checkout. */
    private static Process sleeperNaming(Path directory) throws IOException {
        Path file = Files.createDirectories(directory).resolve("service.log");
        Files.writeString(file, "");
        return new ProcessBuilder("tail", "-f", file.toString()).start();
    }

    @Test
    void aRecordedProcessOfThisCheckoutIsStoppedByTheNextRun() throws Exception {
        Path runDirectory = checkout.resolve(".run");
        leftover = sleeperNaming(checkout);
        try (RunRecord killedRun = RunRecord.acquire(runDirectory, Duration.ofSeconds(5))) {
            killedRun.begin();
            killedRun.add(Kind.SERVICE, leftover.pid());
        }
        try (RunRecord nextRun = RunRecord.acquire(runDirectory, Duration.ofSeconds(5))) {
            nextRun.stopLeftovers();
        }
        assertTrue(leftover.waitFor(10, TimeUnit.SECONDS), "the leftover was stopped");
        assertFalse(Files.exists(runDirectory.resolve("pids")), "the earlier run is forgotten");
    }

    @Test
    void aRecordedPidThatNowBelongsToAnotherProgramIsLeftAlone() throws Exception {
        Path runDirectory = checkout.resolve(".run");
        stranger = sleeperNaming(checkout.resolveSibling("elsewhere"));
        try (RunRecord killedRun = RunRecord.acquire(runDirectory, Duration.ofSeconds(5))) {
            killedRun.begin();
            killedRun.add(Kind.KAFKA, stranger.pid());
        }
        try (RunRecord nextRun = RunRecord.acquire(runDirectory, Duration.ofSeconds(5))) {
            nextRun.stopLeftovers();
        }
        assertTrue(stranger.isAlive(), "a process that does not name this checkout is not ours");
    }

    @Test
    void aSecondRunIsRefusedWhileTheFirstLives() throws Exception {
        Path runDirectory = checkout.resolve(".run");
        try (RunRecord running = RunRecord.acquire(runDirectory, Duration.ofSeconds(5))) {
            running.begin();
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> RunRecord.acquire(runDirectory, Duration.ofSeconds(5)));
            assertTrue(refused.getMessage().contains("already running"), refused.getMessage());
            assertTrue(refused.getMessage().contains(Long.toString(ProcessHandle.current().pid())),
                    refused.getMessage());
        }
    }
}
