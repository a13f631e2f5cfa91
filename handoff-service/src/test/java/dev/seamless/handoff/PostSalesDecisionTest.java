package dev.seamless.handoff;

import static dev.seamless.handoff.Fixtures.account;
import static dev.seamless.handoff.Fixtures.awaitConsumed;
import static dev.seamless.handoff.Fixtures.awaitHandoff;
import static dev.seamless.handoff.Fixtures.closedWon;
import static dev.seamless.handoff.Fixtures.handoff;
import static dev.seamless.handoff.Fixtures.handoffsOf;
import static dev.seamless.handoff.Fixtures.knownAccount;
import static dev.seamless.handoff.Fixtures.newId;
import static dev.seamless.handoff.Fixtures.stageChange;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.seamless.events.Topics;
import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.handoff.PostSalesPathDecided;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.PostSalesMoment;
import dev.seamless.events.types.PostSalesPath;
import dev.seamless.events.types.Tier;
import dev.seamless.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * handoff-service is the one owner of the post-sales path (CSM or digital onboarding): it announces each decision as
 * {@code PostSalesPathDecided}, which notification-service mails on without weighing the account itself.
 */
@QuarkusTest
class PostSalesDecisionTest {

    @Test
    void aClosedWonFirstOrderAnnouncesTheChosenPathWithTheHandoffItStartedAndWhatItWeighed() {
        String accountId = newId("acct");
        knownAccount(account(accountId, Tier.PREMIUM, "0", "ae-2", "sa-2", null));
        TestKafka.publish(closedWon(accountId, "opp-1"));

        Object handoffId = awaitHandoff(accountId, "SA_TO_CSM").get("id");
        PostSalesPathDecided decision = awaitDecisions(accountId, 1).get(0);
        assertThat(decision.handoffId()).isEqualTo(handoffId);
        assertThat(decision.decisionId()).isEqualTo(handoff(handoffId).getString("decision.postSalesDecisionId"));
        assertThat(decision.moment()).isEqualTo(PostSalesMoment.CLOSED_WON);
        assertThat(decision.path()).isEqualTo(PostSalesPath.CSM);
        assertThat(decision.provisional()).isFalse();
        assertThat(decision.supersedesDecisionId()).isNull();
        assertThat(decision.rule()).isEqualTo("handoff.closed-won.csm-qualified");
        assertThat(decision.aeId()).isEqualTo("ae-1");
        assertThat(decision.saId()).isEqualTo("sa-1");
        assertThat(decision.inputs()).containsEntry("arrWithDeal", "60000").containsEntry("minArr", "50000")
                .containsEntry("tierWeighed", "PREMIUM").containsEntry("tierSource", "account");
    }

    @Test
    void aFreeTrialBuyingPremiumIsWeighedByTheTierItBuys() {
        String buysPremium = newId("acct");
        knownAccount(account(buysPremium, Tier.FREE, "0", null));
        TestKafka.publish(buying(buysPremium, Tier.PREMIUM, "50000"));
        String buysStarter = newId("acct");
        knownAccount(account(buysStarter, Tier.FREE, "0", null));
        TestKafka.publish(buying(buysStarter, Tier.STARTER, "50000"));

        awaitHandoff(buysPremium, "SA_TO_CSM");
        assertThat(awaitDecisions(buysPremium, 1).get(0).inputs()).containsEntry("tierWeighed", "PREMIUM")
                .containsEntry("tierSource", "deal").containsEntry("tier", "FREE");
        awaitHandoff(buysStarter, "DIGITAL_ONBOARDING");
        assertThat(awaitDecisions(buysStarter, 1).get(0).path()).isEqualTo(PostSalesPath.DIGITAL_ONBOARDING);
    }

    @Test
    void aDecisionMadeBeforeTheAccountWasKnownIsProvisionalAndTheFinalOneNamesIt() {
        String changes = newId("acct");
        TestKafka.publish(closedWon(changes, "opp-2"));
        awaitHandoff(changes, "DIGITAL_ONBOARDING");
        PostSalesPathDecided provisional = awaitDecisions(changes, 1).get(0);
        assertThat(provisional.provisional()).isTrue();
        assertThat(provisional.path()).isEqualTo(PostSalesPath.DIGITAL_ONBOARDING);
        knownAccount(account(changes, Tier.PREMIUM, "0", null));

        PostSalesPathDecided decidedAgain = awaitDecisions(changes, 2).get(1);
        assertThat(decidedAgain.provisional()).isFalse();
        assertThat(decidedAgain.path()).isEqualTo(PostSalesPath.CSM);
        assertThat(decidedAgain.supersedesDecisionId()).isEqualTo(provisional.decisionId());
        assertThat(decidedAgain.handoffId()).isEqualTo(awaitHandoff(changes, "SA_TO_CSM").get("id"));

        String stays = newId("acct");
        TestKafka.publish(stageChange(stays, "opp-3", OrderType.FIRST_ORDER, "6-Awaiting Signature", "Closed Won",
                "49999.99"));
        Object onboarding = awaitHandoff(stays, "DIGITAL_ONBOARDING").get("id");
        PostSalesPathDecided staysProvisional = awaitDecisions(stays, 1).get(0);
        knownAccount(account(stays, Tier.PREMIUM, "0", null));

        PostSalesPathDecided confirmed = awaitDecisions(stays, 2).get(1);
        assertThat(confirmed.provisional()).isFalse();
        assertThat(confirmed.path()).isEqualTo(PostSalesPath.DIGITAL_ONBOARDING);
        assertThat(confirmed.supersedesDecisionId()).isEqualTo(staysProvisional.decisionId());
        assertThat(confirmed.handoffId()).isEqualTo(onboarding);
        assertThat(confirmed.rule()).isEqualTo("handoff.closed-won.digital-onboarding");
        assertThat(handoffsOf(stays).getList("handoffType")).containsExactly("DIGITAL_ONBOARDING");
        assertThat(handoff(onboarding).getString("decision.rule")).isEqualTo("handoff.closed-won.digital-onboarding");
    }

    @Test
    void aProvisionalHandoffCompletedBeforeTheAccountWasKnownIsStillDecidedAgain() {
        String accountId = newId("acct");
        TestKafka.publish(closedWon(accountId, "opp-6"));
        Object onboarding = awaitHandoff(accountId, "DIGITAL_ONBOARDING").get("id");
        PostSalesPathDecided provisional = awaitDecisions(accountId, 1).get(0);
        for (Object taskId : handoff(onboarding).getList("tasks.id")) {
            given().auth().oauth2(Fixtures.adminToken()).post("/api/tasks/{id}/complete", taskId).then()
                    .statusCode(200);
        }
        assertThat(handoff(onboarding).getString("status")).isEqualTo("COMPLETED");
        knownAccount(account(accountId, Tier.PREMIUM, "0", null));

        PostSalesPathDecided decidedAgain = awaitDecisions(accountId, 2).get(1);
        assertThat(decidedAgain.path()).isEqualTo(PostSalesPath.CSM);
        assertThat(decidedAgain.supersedesDecisionId()).isEqualTo(provisional.decisionId());
        assertThat(decidedAgain.handoffId()).isEqualTo(awaitHandoff(accountId, "SA_TO_CSM").get("id"));
        assertThat(handoff(onboarding).getString("status")).isEqualTo("COMPLETED");
    }

    @Test
    void aSmallCustomersRenewalAndAnAccountWithACsmNeedNoDecision() {
        String small = newId("acct");
        knownAccount(account(small, Tier.FREE, "4000", null));
        TestKafka.publish(stageChange(small, "opp-4", OrderType.RENEWAL, "6-Awaiting Signature", "Closed Won",
                "4000"));
        String covered = newId("acct");
        knownAccount(account(covered, Tier.ULTIMATE, "400000", "csm-1"));
        TestKafka.publish(stageChange(covered, "opp-5", OrderType.GROWTH, "4-Proposal", "5-Negotiating", "90000"));
        awaitConsumed(Topics.CRM_OPPORTUNITIES);

        assertThat(handoffsOf(small).getList("$")).isEmpty();
        assertThat(handoffsOf(covered).getList("$")).isEmpty();
        assertThat(decisionsOf(small)).isEmpty();
        assertThat(decisionsOf(covered)).isEmpty();
    }

    private static OpportunityStageChanged buying(String accountId, Tier tier, String iacv) {
        OpportunityStageChanged won = closedWon(accountId, "opp-tier");
        return new OpportunityStageChanged(won.opportunityId(), accountId, won.name(), won.orderType(),
                won.fromStage(), won.toStage(), won.amount(), new BigDecimal(iacv), won.closeDate(),
                won.aeId(), won.saId(), won.povActive(), won.currency(), tier);
    }

    private static List<PostSalesPathDecided> awaitDecisions(String accountId, int count) {
        return await().atMost(Fixtures.PATIENCE).until(() -> decisionsOf(accountId), list -> list.size() >= count);
    }

    private static List<PostSalesPathDecided> decisionsOf(String accountId) {
        return TestKafka.events(Topics.HANDOFF_EVENTS, PostSalesPathDecided.class,
                decision -> decision.accountId().equals(accountId));
    }
}
