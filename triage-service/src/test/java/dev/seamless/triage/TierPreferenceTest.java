package dev.seamless.triage;

import static dev.seamless.triage.Fixtures.awaitEvents;
import static dev.seamless.triage.Fixtures.form;
import static dev.seamless.triage.Fixtures.newId;
import static dev.seamless.triage.Fixtures.request;
import static dev.seamless.triage.Fixtures.submittedEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.seamless.events.triage.TriageRequestQualified;
import dev.seamless.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Seed 000 SMB: preference for Premium/Silver and Ultimate/Gold; STARTER (BRONZE) is paid but below Premium. */
@QuarkusTest
class TierPreferenceTest {

    @Test
    void anSmbStarterRequestFromTheCrmIsQualifiedWithoutPreferenceAndAnSmbSilverOneIsPreferred() {
        String bronze = publishSmb("BRONZE");
        String silver = publishSmb("SILVER");

        assertThat(qualified(bronze).labels()).doesNotContain("Preferred Tier").contains("SA Triaged");
        assertThat(qualified(silver).labels()).contains("Preferred Tier");
        request(bronze).body("form.tier", equalTo("STARTER"));
        request(silver).body("form.tier", equalTo("PREMIUM"));
    }

    private static TriageRequestQualified qualified(String requestId) {
        return awaitEvents(TriageRequestQualified.class, event -> event.requestId().equals(requestId), 1).get(0);
    }

    private static String publishSmb(String tier) {
        String requestId = newId("req");
        Map<String, Object> form = form(newId("acct"), newId("topic"));
        form.put("segment", "SMB");
        form.put("tier", tier);
        TestKafka.publish(submittedEvent(requestId, form));
        return requestId;
    }
}
