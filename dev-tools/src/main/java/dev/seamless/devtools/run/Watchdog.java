package dev.seamless.devtools.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code Watchdog <.run directory>}: started by a local run's watchdog process once the run's JVM has ended. If the
 * run ended without stopping what it started (kill -9, a closed terminal, a crash), this stops it now, so no broker,
 * database or service outlives the run.
 */
public final class Watchdog {

    private Watchdog() {
    }

    public static void main(String[] args) throws IOException {
        try (RunRecord record = RunRecord.acquire(Path.of(args[0]), Duration.ofMinutes(1))) {
            record.stopLeftovers();
        }
    }
}
