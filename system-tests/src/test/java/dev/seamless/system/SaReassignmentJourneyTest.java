package dev.seamless.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.seamless.events.Topics;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.crm.TriageRequestSubmitted;
import dev.seamless.events.directory.PersonUpdated;
import dev.seamless.events.notification.NotificationSent;
import dev.seamless.events.triage.SAAssigned;
import dev.seamless.events.types.Activity;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.Segment;
import dev.seamless.events.types.Tier;
import dev.seamless.testsupport.TestKafka;
import dev.seamless.testsupport.Tokens;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract between three services: a triage request from the CRM is assigned to the account's SA; an SA leader
 * moves it to another SA; triage-service's SAAssigned (with the previous SA) makes handoff-service start the SA to
 * SA checklist for both SAs and notification-service email the new SA.
 */
class SaReassignmentJourneyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @BeforeAll
    static void startTheSystem() {
        RunningSystem.services();
    }

    @Test
    void reassigningAnSaStartsTheSaToSaHandoffAndTellsTheNewSa() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String accountId = "acct-" + suffix;
        String firstSa = "sa-first-" + suffix;
        String secondSa = "sa-second-" + suffix;
        String secondSaEmail = secondSa + "@seamless.example";
        TestKafka.publish(person(firstSa, PersonRole.SA, firstSa + "@seamless.example"));
        TestKafka.publish(person(secondSa, PersonRole.SA, secondSaEmail));
        TestKafka.publish(person("ae-" + suffix, PersonRole.AE, "ae-" + suffix + "@seamless.example"));
        TestKafka.publish(new AccountUpdated(accountId, "Fjord Analytics", Segment.MID_MARKET, Tier.PREMIUM,
                new BigDecimal("80000"), new BigDecimal("80000"), 300, "EMEA", "ae-" + suffix, firstSa, null, null,
                "Ola Nordmann", "ola@fjord.example"));
        await().atMost(PATIENCE).until(() -> TestKafka.consumedToEnd("triage-service", Topics.DIRECTORY_PEOPLE)
                && TestKafka.consumedToEnd("triage-service", Topics.CRM_ACCOUNTS)
                && TestKafka.consumedToEnd("handoff-service", Topics.CRM_ACCOUNTS)
                && TestKafka.consumedToEnd("notification-service", Topics.DIRECTORY_PEOPLE));

        String requestId = "req-" + suffix;
        TestKafka.publish(demoRequest(requestId, accountId, "ae-" + suffix));
        String triage = RunningSystem.url("triage-service");
        String reader = Tokens.forTest("ae-" + suffix, "AE");
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(reader)
                .get(triage + "/api/triage-requests/" + requestId).then().statusCode(200)
                .body("assignment.saId", equalTo(firstSa)));

        given().auth().oauth2(Tokens.forTest("sa-lead-" + suffix, "SA_LEADER")).contentType(ContentType.JSON)
                .body(Map.of("saId", secondSa, "note", "rebalancing before the first SA's leave"))
                .post(triage + "/api/triage-requests/" + requestId + "/reassign")
                .then().statusCode(200).body("assignment.saId", equalTo(secondSa));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TestKafka.events(Topics.TRIAGE_EVENTS,
                SAAssigned.class, assigned -> assigned.requestId().equals(requestId) && secondSa.equals(
                        assigned.saId()))).singleElement()
                .satisfies(assigned -> assertThat(assigned.previousSaId()).isEqualTo(firstSa)));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(reader).queryParam("accountId", accountId)
                .get(RunningSystem.url("handoff-service") + "/api/handoffs").then().statusCode(200)
                .body("find { it.handoffType == 'SA_TO_SA' }.fromPersonId", equalTo(firstSa))
                .body("find { it.handoffType == 'SA_TO_SA' }.toPersonId", equalTo(secondSa)));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TestKafka.events(Topics.NOTIFICATION_EVENTS,
                NotificationSent.class, sent -> sent.to().equals(secondSaEmail)
                        && sent.template().equals("sa-assigned"))).hasSize(1));
    }

    private static PersonUpdated person(String personId, PersonRole role, String email) {
        return new PersonUpdated(personId, personId, email, role, "EMEA", Segment.MID_MARKET, List.of("Security"),
                10, null, true);
    }

    private static TriageRequestSubmitted demoRequest(String requestId, String accountId, String aeId) {
        OffsetDateTime inTenDays = OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).withNano(0);
        return new TriageRequestSubmitted(requestId, accountId, "Fjord Analytics", "opp-" + requestId,
                Segment.MID_MARKET, OrderType.GROWTH, Tier.PREMIUM, new BigDecimal("50000"), new BigDecimal("50000"),
                aeId, Activity.DEMO, true, false, 60, inTenDays, List.of(inTenDays), "Europe/Oslo",
                "a technical win", "show the security dashboards", "intro, demo, questions", List.of("CTO", "CISO"),
                "audits take weeks", "self-managed, Kubernetes", "run the demo", List.of("Security"),
                "contract renewal with their current vendor in March", false);
    }
}
