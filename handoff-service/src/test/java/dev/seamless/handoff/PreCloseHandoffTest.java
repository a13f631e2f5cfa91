package dev.seamless.handoff;

import static dev.seamless.handoff.Fixtures.PATIENCE;
import static dev.seamless.handoff.Fixtures.account;
import static dev.seamless.handoff.Fixtures.adminToken;
import static dev.seamless.handoff.Fixtures.awaitConsumed;
import static dev.seamless.handoff.Fixtures.awaitHandoff;
import static dev.seamless.handoff.Fixtures.firstOrderMoves;
import static dev.seamless.handoff.Fixtures.handoff;
import static dev.seamless.handoff.Fixtures.handoffsOf;
import static dev.seamless.handoff.Fixtures.knownAccount;
import static dev.seamless.handoff.Fixtures.newId;
import static dev.seamless.handoff.Fixtures.stageChange;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.seamless.events.Topics;
import dev.seamless.events.handoff.HandoffCancelled;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.Tier;
import dev.seamless.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Trigger {@code OpportunityStageChanged} into 5-Negotiating / 6-Awaiting Signature, and to a closed-lost stage;
 * templates PRE_TO_POST_SALES_CSM_INTRO and PRE_TO_POST_SALES_DIGITAL_ONBOARDING (seed 002 "Post-Sales Engagement").
 */
@QuarkusTest
class PreCloseHandoffTest {

    @Test
    void enteringNegotiatingWithADealThatMakesTheAccountQualifyAsksSaAndAeToIntroduceTheCsm() {
        String accountId = newId("acct");
        knownAccount(account(accountId, Tier.PREMIUM, "20000", "ae-2", "sa-2", null));
        TestKafka.publish(stageChange(accountId, newId("opp"), OrderType.FIRST_ORDER, "4-Proposal", "5-Negotiating",
                "30000"));

        JsonPath intro = handoff(awaitHandoff(accountId, "PRE_TO_POST_SALES_CSM_INTRO").get("id"));
        assertThat(intro.getString("decision.rule")).isEqualTo("handoff.pre-close.csm-qualified");
        assertThat(intro.getDouble("decision.inputs.arrWithDeal")).isEqualTo(50000.0);
        assertThat(intro.getList("tasks.ownerRole")).containsExactly("AE", "OUTGOING");
        // the opportunity's SA and AE act: the rule takes them from the stage change
        assertThat(intro.getList("tasks.assigneeId")).containsExactly("ae-1", "sa-1");
    }

    @Test
    void aNewAccountBelowTheThresholdPreparesItsContactsForDigitalOnboardingOnceOnly() {
        String accountId = newId("acct");
        String opportunityId = newId("opp");
        knownAccount(account(accountId, Tier.PREMIUM, "0", null));
        TestKafka.publish(stageChange(accountId, opportunityId, OrderType.FIRST_ORDER, "4-Proposal", "5-Negotiating",
                "49999.99"));
        Map<String, Object> preparation = awaitHandoff(accountId, "PRE_TO_POST_SALES_DIGITAL_ONBOARDING");
        assertThat(handoff(preparation.get("id")).getString("decision.rule"))
                .isEqualTo("handoff.pre-close.digital-onboarding");

        TestKafka.publish(stageChange(accountId, opportunityId, OrderType.FIRST_ORDER, "5-Negotiating",
                "6-Awaiting Signature", "49999.99"));
        awaitConsumed(Topics.CRM_OPPORTUNITIES);
        assertThat(handoffsOf(accountId).getList("$")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "8-Closed Lost", "9-Unqualified", "10-Duplicate" })
    void losingTheOpportunityCancelsItsPreparationWithTheReason(String lostStage) {
        String accountId = newId("acct");
        String opportunityId = newId("opp");
        knownAccount(account(accountId, Tier.PREMIUM, "0", null));
        TestKafka.publish(stageChange(accountId, opportunityId, OrderType.FIRST_ORDER, "4-Proposal",
                "6-Awaiting Signature", "10000"));
        Object handoffId = awaitHandoff(accountId, "PRE_TO_POST_SALES_DIGITAL_ONBOARDING").get("id");

        TestKafka.publish(stageChange(accountId, opportunityId, OrderType.FIRST_ORDER, "6-Awaiting Signature",
                lostStage, "10000"));
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath cancelled = handoff(handoffId);
            assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
            assertThat(cancelled.getString("cancellation.rule")).isEqualTo("handoff.opportunity-lost");
            assertThat(cancelled.getList("tasks.status")).containsOnly("CANCELLED");
            assertThat(cancelled.getList("tasks.cancelReason")).allSatisfy(reason -> assertThat((String) reason)
                    .contains(opportunityId, lostStage));
        });
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TestKafka.events(Topics.HANDOFF_EVENTS,
                HandoffCancelled.class, event -> event.accountId().equals(accountId))).singleElement()
                .satisfies(event -> assertThat(event.cancelledTaskIds()).hasSize(2)));
    }

    @Test
    void theSaToCsmChecklistAtClosingSupersedesTheCsmIntroductionSoNoItemReachesTheAeTwice() {
        String accountId = newId("acct");
        String opportunityId = newId("opp");
        Object introduction = prepare(accountId, opportunityId, "50000", "30000", "PRE_TO_POST_SALES_CSM_INTRO");
        String doneTask = handoff(introduction).getString("tasks.find { it.ownerRole == 'AE' }.id");
        given().auth().oauth2(adminToken()).post("/api/tasks/{id}/complete", doneTask).then().statusCode(200);

        close(accountId, opportunityId, "30000", "SA_TO_CSM");
        awaitSuperseded(accountId, introduction, "SA_TO_CSM", 1);
        assertThat(handoff(introduction).getString("tasks.find { it.id == '" + doneTask + "' }.status"))
                .isEqualTo("COMPLETED");
    }

    /** The closing decides with the final deal, so a preparation of the other kind is superseded as well. */
    @ParameterizedTest(name = "ARR {0}, {2} at 5/6, {4} at Closed Won")
    @CsvSource({
            "0, 10000, PRE_TO_POST_SALES_DIGITAL_ONBOARDING, 10000, DIGITAL_ONBOARDING",
            "20000, 30000, PRE_TO_POST_SALES_CSM_INTRO, 29999.99, DIGITAL_ONBOARDING",
            "0, 10000, PRE_TO_POST_SALES_DIGITAL_ONBOARDING, 50000, SA_TO_CSM" })
    void theChecklistStartedAtClosingSupersedesThePreparation(String arr, String openDeal, String preparation,
            String wonDeal, String closing) {
        String accountId = newId("acct");
        String opportunityId = newId("opp");
        Object prepared = prepare(accountId, opportunityId, arr, openDeal, preparation);

        Object closed = close(accountId, opportunityId, wonDeal, closing);
        awaitSuperseded(accountId, prepared, closing, 2);
        assertThat(handoff(closed).getString("status")).isEqualTo("OPEN");
    }

    /** A new account of that ARR whose first order enters 5-Negotiating: the id of the preparation it gets. */
    private static Object prepare(String accountId, String opportunityId, String arr, String iacv, String preparation) {
        firstOrderMoves(accountId, arr, opportunityId, "4-Proposal", "5-Negotiating", iacv);
        return awaitHandoff(accountId, preparation).get("id");
    }

    /** The opportunity is won: the id of the closing checklist it starts. */
    private static Object close(String accountId, String opportunityId, String iacv, String closing) {
        TestKafka.publish(stageChange(accountId, opportunityId, OrderType.FIRST_ORDER, "6-Awaiting Signature",
                "Closed Won", iacv));
        return awaitHandoff(accountId, closing).get("id");
    }

    /** The handoff is cancelled as superseded by {@code byType}, its open tasks with it, and the event says so. */
    private static void awaitSuperseded(String accountId, Object handoffId, String byType, int openTasks) {
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath superseded = handoff(handoffId);
            assertThat(superseded.getString("status")).isEqualTo("CANCELLED");
            assertThat(superseded.getString("cancellation.rule")).isEqualTo("handoff.superseded");
            assertThat(superseded.getList("tasks.findAll { it.status == 'CANCELLED' }.cancelReason"))
                    .hasSize(openTasks).allSatisfy(reason -> assertThat((String) reason)
                            .startsWith("Superseded by the " + byType + " handoff"));
        });
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TestKafka.events(Topics.HANDOFF_EVENTS,
                HandoffCancelled.class, event -> event.accountId().equals(accountId))).singleElement()
                .satisfies(event -> {
                    assertThat(event.handoffId()).isEqualTo(handoffId);
                    assertThat(event.reason().rule()).isEqualTo("handoff.superseded");
                    assertThat(event.cancelledTaskIds()).hasSize(openTasks);
                }));
    }
}
