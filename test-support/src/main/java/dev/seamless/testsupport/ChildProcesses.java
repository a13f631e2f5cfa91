package dev.seamless.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** How the broker and the services are launched as child processes of a test or of the local run. */
final class ChildProcesses {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private ChildProcesses() {
    }

    /**
     * {@code java} of this JVM with the given options. Under {@code setsid} where it exists, so that a Ctrl-C in the
     * terminal reaches only the parent, which then stops the children in order (services before the broker).
     */
    static List<String> javaCommand(List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        return command;
    }

    /** SIGTERM, so the child shuts down gracefully; killed only if it has not ended within {@code grace}. */
    static void terminate(Process process, Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
