package dev.seamless.triage;

import static dev.seamless.triage.Fixtures.awaitEvents;
import static dev.seamless.triage.Fixtures.form;
import static dev.seamless.triage.Fixtures.newId;
import static dev.seamless.triage.Fixtures.submittedEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.events.triage.TriageRequestQualified;
import dev.seamless.events.types.Reason;
import dev.seamless.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Seed 000 SMB: "No guided architecture guidance or deployment assistance is provided". */
@QuarkusTest
class SmbArchitectureGuidanceTest {

    @Test
    void anSmbMeetingNamingDeploymentIsHelpedAsynchronouslyAndOtherTopicsSegmentsAndAsyncHelpAreNot() {
        String smbDeployment = publish("SMB", true, "Deployment", "ci-cd");
        String smbCiCd = publish("SMB", true, "ci-cd");
        String smbAsynchronous = publish("SMB", false, "architecture");
        String midMarketArchitecture = publish("MID_MARKET", true, "architecture");

        TriageRequestQualified restricted = qualified(smbDeployment);
        assertThat(restricted.route()).isEqualTo("ASYNC_ONLY");
        assertThat(restricted.reasons()).extracting(Reason::rule)
                .containsExactly("qualification.sync-limits.no-guided-architecture");
        assertThat(restricted.reasons().get(0).message()).contains("names deployment;");
        assertThat(qualified(smbCiCd).route()).isEqualTo("SA_ENGAGEMENT");
        assertThat(qualified(smbAsynchronous).route()).isEqualTo("SA_ENGAGEMENT");
        assertThat(qualified(midMarketArchitecture).route()).isEqualTo("SA_ENGAGEMENT");
    }

    private static TriageRequestQualified qualified(String requestId) {
        return awaitEvents(TriageRequestQualified.class, event -> event.requestId().equals(requestId), 1).get(0);
    }

    private static String publish(String segment, boolean synchronous, String... topics) {
        String requestId = newId("req");
        Map<String, Object> form = form(newId("acct"), "none");
        form.put("segment", segment);
        form.put("synchronous", synchronous);
        form.put("expertise", List.of(topics));
        TestKafka.publish(submittedEvent(requestId, form));
        return requestId;
    }
}
