package dev.seamless.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.seamless.events.Topics;
import dev.seamless.events.crm.AccountTeamChanged;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.directory.PersonUpdated;
import dev.seamless.events.handoff.PostSalesPathDecided;
import dev.seamless.events.notification.NotificationFailed;
import dev.seamless.events.notification.NotificationSent;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.PostSalesPath;
import dev.seamless.events.types.Segment;
import dev.seamless.events.types.TeamRole;
import dev.seamless.events.types.Tier;
import dev.seamless.testsupport.TestKafka;
import dev.seamless.testsupport.Tokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One owner per decision, across services: handoff-service decides between a CSM and digital onboarding, and
 * notification-service mails only what it decided, whatever order the CRM's events come in.
 */
class PostSalesJourneyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @BeforeAll
    static void startTheSystem() {
        RunningSystem.services();
    }

    @Test
    void aFreeTrialBuyingPremiumWonBeforeItsAccountWasKnownGetsItsCsmIntroducedAndNoDigitalOnboarding() {
        String accountId = "acct-" + UUID.randomUUID();
        String contact = "buyer-" + UUID.randomUUID() + "@customer.example";
        String csm = "csm-" + UUID.randomUUID();
        TestKafka.publish(new PersonUpdated("ae-post", "Ines Duarte", "ines.duarte@seamless.example", PersonRole.AE,
                "EMEA", Segment.SMB, List.of(), null, null, true));
        TestKafka.publish(new PersonUpdated(csm, "Malik Osei", "malik.osei@seamless.example", PersonRole.CSM,
                "EMEA", Segment.SMB, List.of(), null, null, true));
        // the CRM sends the won deal first: the trial account is described afterwards, still on its FREE tier
        TestKafka.publish(new OpportunityStageChanged("opp-" + UUID.randomUUID(), accountId, "Premium, 90 seats",
                OrderType.FIRST_ORDER, "6-Awaiting Signature", "Closed Won", new BigDecimal("64000"),
                new BigDecimal("64000"), LocalDate.now(), "ae-post", "sa-post", false, null, Tier.PREMIUM));
        await().atMost(PATIENCE).until(() -> decisionsOf(accountId).size() == 1);
        TestKafka.publish(new AccountUpdated(accountId, "Kestrel Freight", Segment.SMB, Tier.FREE, BigDecimal.ZERO,
                BigDecimal.ZERO, 60, "EMEA", "ae-post", "sa-post", null, null, "Aiko Tanaka", contact));

        await().atMost(PATIENCE).until(() -> decisionsOf(accountId).size() == 2);
        List<PostSalesPathDecided> decisions = decisionsOf(accountId);
        assertThat(decisions.get(0).provisional()).isTrue();
        assertThat(decisions.get(1).provisional()).isFalse();
        assertThat(decisions.get(1).path()).isEqualTo(PostSalesPath.CSM);
        assertThat(decisions.get(1).supersedesDecisionId()).isEqualTo(decisions.get(0).decisionId());
        TestKafka.publish(new AccountTeamChanged(accountId, TeamRole.CSM, null, csm));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TestKafka.events(Topics.NOTIFICATION_EVENTS,
                NotificationSent.class, sent -> sent.accountId().equals(accountId)
                        && sent.template().equals("csm-introduction"))).singleElement()
                .satisfies(sent -> {
                    assertThat(sent.to()).isEqualTo(contact);
                    assertThat(sent.cc()).contains("malik.osei@seamless.example", "ines.duarte@seamless.example");
                }));
        // the account's notifications are published in order: the introduction came out after any wrong email would have
        assertThat(TestKafka.events(Topics.NOTIFICATION_EVENTS, NotificationSent.class,
                sent -> sent.accountId().equals(accountId) && !sent.template().startsWith("task-")))
                .extracting(NotificationSent::template).containsExactly("csm-introduction");
        assertThat(TestKafka.events(Topics.NOTIFICATION_EVENTS, NotificationFailed.class,
                failed -> failed.accountId().equals(accountId) && !failed.template().startsWith("task-"))).isEmpty();
        given().auth().oauth2(Tokens.forTest("ae-post", "AE")).queryParam("accountId", accountId)
                .get(RunningSystem.url("handoff-service") + "/api/handoffs").then().statusCode(200)
                .body("findAll { it.status == 'OPEN' }.handoffType", equalTo(List.of("SA_TO_CSM")))
                .body("findAll { it.status == 'OPEN' }[0].toPersonId", equalTo(csm));
    }

    private static List<PostSalesPathDecided> decisionsOf(String accountId) {
        return TestKafka.events(Topics.HANDOFF_EVENTS, PostSalesPathDecided.class,
                decision -> decision.accountId().equals(accountId));
    }
}
