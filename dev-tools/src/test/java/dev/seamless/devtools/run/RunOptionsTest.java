package dev.seamless.devtools.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seamless.devtools.client.LocalService;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunOptionsTest {

    private static List<String> started(RunOptions options) {
        return options.services().stream().map(LocalService::module).toList();
    }

    @Test
    void withoutOptionsEveryServiceRuns() {
        RunOptions options = RunOptions.parse("/checkout");
        assertFalse(options.infrastructureOnly());
        assertEquals(LocalService.modules(), started(options));
    }

    @Test
    void infraRunsNoService() {
        RunOptions options = RunOptions.parse("/checkout", "--infra");
        assertTrue(options.infrastructureOnly());
        assertEquals(List.of(), started(options));
    }

    @Test
    void exceptLeavesOutTheNamedServicesInOneOrSeveralArguments() {
        assertEquals(List.of("triage-service", "slack-channel-service", "notification-service"),
                started(RunOptions.parse("/checkout", "--except", "handoff-service")));
        assertEquals(List.of("slack-channel-service"), started(RunOptions.parse("/checkout", "--except",
                "handoff-service,notification-service", "--except", "triage-service")));
    }

    @Test
    void anUnknownServiceIsRefusedWithTheServicesThereAre() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> RunOptions.parse("/checkout", "--except", "handoff"));
        assertTrue(refused.getMessage().startsWith("unknown service 'handoff'"), refused.getMessage());
        assertTrue(refused.getMessage().contains("handoff-service"), refused.getMessage());
    }

    @Test
    void exceptNeedsAServiceAndMakesNoSenseWithInfra() {
        assertThrows(IllegalArgumentException.class, () -> RunOptions.parse("/checkout", "--except"));
        assertThrows(IllegalArgumentException.class,
                () -> RunOptions.parse("/checkout", "--infra", "--except", "triage-service"));
        assertThrows(IllegalArgumentException.class, () -> RunOptions.parse("/checkout", "--verbose"));
    }
}
