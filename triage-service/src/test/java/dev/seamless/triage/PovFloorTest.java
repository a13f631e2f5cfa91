package dev.seamless.triage;

import static dev.seamless.triage.Fixtures.awaitEvents;
import static dev.seamless.triage.Fixtures.form;
import static dev.seamless.triage.Fixtures.newId;
import static dev.seamless.triage.Fixtures.submittedEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.events.triage.TriageRequestDeclined;
import dev.seamless.events.triage.TriageRequestQualified;
import dev.seamless.events.types.Reason;
import dev.seamless.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Seed 002: POVs from $25k in every segment; seed 000: SMB gets no guided POV on top of that. */
@QuarkusTest
class PovFloorTest {

    @Test
    void anSmbPovBelowTheFloorIsDeclinedLikeAMidMarketOneAndAtTheFloorSmbIsHelpedAsynchronously() {
        String smbBelow = publishPov("SMB", "24999.99");
        String smbAt = publishPov("SMB", "25000");
        String midMarketBelow = publishPov("MID_MARKET", "24999.99");
        String midMarketAt = publishPov("MID_MARKET", "25000");

        assertDeclinedByTheFloor(smbBelow);
        assertDeclinedByTheFloor(midMarketBelow);
        TriageRequestQualified smb = awaitEvents(TriageRequestQualified.class,
                event -> event.requestId().equals(smbAt), 1).get(0);
        assertThat(smb.route()).isEqualTo("ASYNC_ONLY");
        assertThat(smb.reasons()).extracting(Reason::rule).containsExactly("qualification.sync-limits.no-guided-pov");
        assertThat(awaitEvents(TriageRequestQualified.class, event -> event.requestId().equals(midMarketAt), 1)
                .get(0).route()).isEqualTo("SA_ENGAGEMENT");
    }

    private static void assertDeclinedByTheFloor(String requestId) {
        TriageRequestDeclined declined = awaitEvents(TriageRequestDeclined.class,
                event -> event.requestId().equals(requestId), 1).get(0);
        assertThat(declined.route()).isEqualTo("POV_DECLINED");
        assertThat(declined.reasons()).extracting(Reason::rule).containsExactly("qualification.pov-min-amount");
    }

    private static String publishPov(String segment, String amount) {
        String requestId = newId("req");
        Map<String, Object> form = form(newId("acct"), newId("topic"));
        form.put("segment", segment);
        form.put("activity", "POV");
        form.put("amount", new BigDecimal(amount));
        form.put("iacv", new BigDecimal("20000"));
        TestKafka.publish(submittedEvent(requestId, form));
        return requestId;
    }
}
