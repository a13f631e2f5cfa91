package dev.seamless.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.seamless.events.crm.AccountTeamChanged;
import dev.seamless.events.handoff.HandoffCancelled;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.PostSalesMoment;
import dev.seamless.events.types.PostSalesPath;
import dev.seamless.events.types.Reason;
import dev.seamless.events.types.TeamRole;
import dev.seamless.events.types.Tier;
import dev.seamless.notification.Mails.Mail;
import dev.seamless.notification.delivery.MailDispatcher;
import dev.seamless.notification.delivery.Notification;
import dev.seamless.notification.delivery.NotificationStatus;
import dev.seamless.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CSM introduction follows handoff-service's PostSalesPathDecided, never a stage change weighed here. */
@QuarkusTest
class CsmIntroductionTest {

    @Inject
    MailDispatcher dispatcher;

    @Test
    void aCsmDecisionBeforeTheCloseIntroducesTheCsmAndTheClosedWonDecisionDoesNotAgain() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(Scenario.CSM, scenario.contactEmail, Tier.PREMIUM, "50000");
        scenario.publishDecision(scenario.decision("d-1", "opp-1", PostSalesMoment.PRE_CLOSE, PostSalesPath.CSM,
                Scenario.CSM));

        Mail mail = Mails.awaitOneTo(scenario.contactEmail);
        assertThat(mail.cc()).containsExactly(Scenario.CSM_EMAIL, Scenario.AE_EMAIL);
        assertThat(mail.deliveries()).isEqualTo(3);
        assertThat(mail.subject()).isEqualTo(scenario.accountName
                + ": meet Casey Success, your Customer Success Manager");
        assertThat(mail.text()).contains("Hello Pat Buyer,")
                .contains("I would like to introduce Casey Success, your Customer Success Manager, who is copied")
                .contains("Alex Seller, Account Executive");
        assertThat(mail.html()).contains("introduce Casey Success, your Customer Success Manager");
        given().auth().oauth2(Scenario.token(Scenario.AE, "AE")).queryParam("accountId", scenario.accountId)
                .get("/api/notifications").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].decision.rule", equalTo("notification.post-sales.csm-introduction"))
                .body("[0].decision.inputs.decidedBy", equalTo("handoff-service"))
                .body("[0].decision.inputs.decisionId", equalTo(scenario.accountId + ":d-1"))
                .body("[0].decision.inputs.decisionRule", equalTo("handoff.test.decided"))
                .body("[0].decision.inputs.decisionInputs.arr", equalTo("60000"))
                .body("[0].occasion", equalTo("opportunity:opp-1"));

        scenario.publishDecision(scenario.decision("d-2", "opp-1", PostSalesMoment.CLOSED_WON, PostSalesPath.CSM,
                Scenario.CSM));
        dispatcher.dispatchDue();
        assertThat(Mails.to(scenario.contactEmail)).hasSize(1);
        Probe.sentOnce(scenario.accountId, "csm-introduction");
        assertThat(Probe.notifications(scenario.accountId)).hasSize(1);
    }

    /** The old rule weighed the renewal itself and introduced the CSM the account already had, at every renewal. */
    @Test
    void anAccountThatAlreadyHasACsmIsNotIntroducedAtAQualifyingRenewalWithoutADecision() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(Scenario.CSM, scenario.contactEmail, Tier.ULTIMATE, "120000");
        TestKafka.publish(scenario.deal("opp-r", OrderType.RENEWAL, "4-Proposal", "5-Negotiating", "120000"));
        TestKafka.publish(scenario.deal("opp-r", OrderType.RENEWAL, "5-Negotiating", "Closed Won", "120000"));
        Scenario.awaitLaterEventConsumed(scenario);
        dispatcher.dispatchDue();

        assertThat(Probe.notifications(scenario.accountId)).isEmpty();
        assertThat(Mails.to(scenario.contactEmail)).isEmpty();
    }

    @Test
    void aCsmDecisionWithoutACsmWaitsAndIsSentWithTheCsmOnceTheCsmIsNamed() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(null, scenario.contactEmail, Tier.ULTIMATE, "120000");
        scenario.publishDecision(scenario.decision("d-1", "opp-3", PostSalesMoment.PRE_CLOSE, PostSalesPath.CSM,
                null));
        dispatcher.dispatchDue();

        Notification waiting = Probe.notifications(scenario.accountId).get(0);
        assertThat(waiting.status).isEqualTo(NotificationStatus.WAITING);
        assertThat(waiting.failureReason).isEqualTo("waiting for the account's CSM to be named");
        assertThat(Mails.to(scenario.contactEmail)).isEmpty();
        given().auth().oauth2(Scenario.token(Scenario.AE, "AE")).queryParam("accountId", scenario.accountId)
                .queryParam("status", "WAITING").get("/api/notifications").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].failureReason", equalTo("waiting for the account's CSM to be named"))
                .body("[0].decision.inputs.decisionId", equalTo(scenario.accountId + ":d-1"));

        TestKafka.publish(new AccountTeamChanged(scenario.accountId, TeamRole.CSM, null, Scenario.CSM));

        Mail mail = Mails.awaitOneTo(scenario.contactEmail);
        assertThat(mail.cc()).containsExactly(Scenario.CSM_EMAIL, Scenario.AE_EMAIL);
        assertThat(mail.subject()).isEqualTo(scenario.accountName
                + ": meet Casey Success, your Customer Success Manager");
        assertThat(Probe.sentOnce(scenario.accountId, "csm-introduction").id).isEqualTo(waiting.id);
    }

    @Test
    void aCsmNamedByTheCrmsAccountUpdateReleasesTheWaitingIntroductionToo() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(null);
        scenario.publishDecision(scenario.decision("d-1", "opp-4", PostSalesMoment.CLOSED_WON, PostSalesPath.CSM,
                null));
        await().atMost(Mails.PATIENCE).until(() -> Probe.notifications(scenario.accountId).size() == 1);

        scenario.publishAccount(Scenario.CSM);

        assertThat(Mails.awaitOneTo(scenario.contactEmail).cc()).containsExactly(Scenario.CSM_EMAIL,
                Scenario.AE_EMAIL);
    }

    @Test
    void aProvisionalDigitalOnboardingSupersededByAFinalCsmDecisionOnlyIntroducesTheCsm() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(Scenario.CSM);
        scenario.publishDecision(scenario.decision("d-1", "opp-5", PostSalesMoment.CLOSED_WON,
                PostSalesPath.DIGITAL_ONBOARDING, true, null, null));
        scenario.publishDecision(scenario.decision("d-2", "opp-5", PostSalesMoment.CLOSED_WON, PostSalesPath.CSM,
                false, "d-1", Scenario.CSM));

        Mail mail = Mails.awaitOneTo(scenario.contactEmail);
        assertThat(mail.subject()).endsWith("your Customer Success Manager");
        assertThat(Probe.notifications(scenario.accountId)).extracting(notification -> notification.template)
                .containsExactly("csm-introduction");
    }

    @Test
    void aWaitingIntroductionIsWithdrawnWhenAFinalDecisionSupersedesItWithDigitalOnboarding() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(null);
        scenario.publishDecision(scenario.decision("d-1", "opp-6", PostSalesMoment.PRE_CLOSE, PostSalesPath.CSM,
                null));
        scenario.publishDecision(scenario.decision("d-2", "opp-6", PostSalesMoment.CLOSED_WON,
                PostSalesPath.DIGITAL_ONBOARDING, false, "d-1", null));

        Mail mail = Mails.awaitOneTo(scenario.contactEmail);
        assertThat(mail.subject()).startsWith("Welcome aboard");
        assertThat(Probe.notifications(scenario.accountId, "csm-introduction")).singleElement()
                .satisfies(withdrawn -> {
                    assertThat(withdrawn.status).isEqualTo(NotificationStatus.WITHDRAWN);
                    assertThat(withdrawn.failureReason).isEqualTo("withdrawn: decision " + scenario.accountId
                            + ":d-2 of handoff-service (handoff.test.decided) superseded decision "
                            + scenario.accountId + ":d-1, changing the path from CSM to DIGITAL_ONBOARDING");
                });

        TestKafka.publish(new AccountTeamChanged(scenario.accountId, TeamRole.CSM, null, Scenario.CSM));
        await().atMost(Mails.PATIENCE).until(() -> Scenario.CSM.equals(Probe.account(scenario.accountId).csmId));
        dispatcher.dispatchDue();
        assertThat(Probe.notifications(scenario.accountId, "csm-introduction")).singleElement()
                .satisfies(withdrawn -> assertThat(withdrawn.status).isEqualTo(NotificationStatus.WITHDRAWN));
        assertThat(Mails.to(scenario.contactEmail)).hasSize(1);
    }

    /** handoff-service names no superseded decision between moments: the later final decision governs the deal. */
    @Test
    void aWaitingIntroductionIsWithdrawnWhenTheClosedWonDecisionForItsOpportunityIsDigitalOnboarding() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(null);
        scenario.publishDecision(scenario.decision("d-1", "opp-7", PostSalesMoment.PRE_CLOSE, PostSalesPath.CSM,
                null));
        scenario.publishDecision(scenario.decision("d-2", "opp-7", PostSalesMoment.CLOSED_WON,
                PostSalesPath.DIGITAL_ONBOARDING, null));

        assertThat(Mails.awaitOneTo(scenario.contactEmail).subject()).startsWith("Welcome aboard");
        assertThat(Probe.notifications(scenario.accountId, "csm-introduction")).singleElement()
                .satisfies(withdrawn -> {
                    assertThat(withdrawn.status).isEqualTo(NotificationStatus.WITHDRAWN);
                    assertThat(withdrawn.failureReason).isEqualTo("withdrawn: decision " + scenario.accountId
                            + ":d-2 of handoff-service (handoff.test.decided) at CLOSED_WON followed decision "
                            + scenario.accountId + ":d-1 for opportunity opp-7, changing the path from CSM to"
                            + " DIGITAL_ONBOARDING");
                });
    }

    /** The final decision is caused by the AccountUpdated this service consumes separately: either may come first. */
    @Test
    void aFinalDecisionBeforeTheAccountWaitsForItAndIsSentOnceTheAccountIsDescribed() {
        Scenario scenario = new Scenario();
        scenario.publishDecision(scenario.decision("d-1", "opp-8", PostSalesMoment.CLOSED_WON, PostSalesPath.CSM,
                Scenario.CSM));
        assertThat(Probe.notifications(scenario.accountId)).singleElement().satisfies(waiting -> {
            assertThat(waiting.status).isEqualTo(NotificationStatus.WAITING);
            assertThat(waiting.failureReason).isEqualTo("waiting for crm.accounts to describe account "
                    + scenario.accountId);
        });

        scenario.publishAccount(Scenario.CSM);

        Mail mail = Mails.awaitOneTo(scenario.contactEmail);
        assertThat(mail.cc()).containsExactly(Scenario.CSM_EMAIL, Scenario.AE_EMAIL);
        assertThat(mail.text()).contains("Hello Pat Buyer,");
        scenario.publishAccount(Scenario.CSM);
        Scenario.awaitLaterEventConsumed(scenario);
        dispatcher.dispatchDue();
        assertThat(Mails.to(scenario.contactEmail)).hasSize(1);
        Probe.sentOnce(scenario.accountId, "csm-introduction");
    }

    @ParameterizedTest
    @ValueSource(strings = {"handoff.opportunity-lost", "handoff.account-closed"})
    void aWaitingIntroductionIsWithdrawnWhenItsHandoffIsCancelledForALostDealOrAClosedAccount(String rule) {
        Scenario scenario = new Scenario();
        scenario.publishAccount(null);
        scenario.publishDecision(scenario.decision("d-1", "opp-9", PostSalesMoment.PRE_CLOSE, PostSalesPath.CSM,
                null));

        TestKafka.publish(cancelled(scenario, rule));
        await().atMost(Mails.PATIENCE).untilAsserted(() -> assertThat(Probe.notifications(scenario.accountId))
                .singleElement().satisfies(withdrawn -> {
                    assertThat(withdrawn.status).isEqualTo(NotificationStatus.WITHDRAWN);
                    assertThat(withdrawn.failureReason).isEqualTo("withdrawn: handoff handoff-" + scenario.accountId
                            + " was cancelled (" + rule + ": the test cancelled it)");
                }));

        TestKafka.publish(new AccountTeamChanged(scenario.accountId, TeamRole.CSM, null, Scenario.CSM));
        await().atMost(Mails.PATIENCE).until(() -> Scenario.CSM.equals(Probe.account(scenario.accountId).csmId));
        dispatcher.dispatchDue();
        assertThat(Mails.to(scenario.contactEmail)).isEmpty();
        assertThat(Probe.notifications(scenario.accountId)).singleElement()
                .satisfies(withdrawn -> assertThat(withdrawn.status).isEqualTo(NotificationStatus.WITHDRAWN));
    }

    /** handoff-service cancels a superseded handoff before it publishes the replacement decision. */
    @Test
    void aWaitingIntroductionOfAHandoffCancelledAsSupersededStillWaitsAndIsSentWhenTheCsmIsNamed() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(null);
        scenario.publishDecision(scenario.decision("d-1", "opp-10", PostSalesMoment.PRE_CLOSE, PostSalesPath.CSM,
                null));

        TestKafka.publish(cancelled(scenario, "handoff.superseded"));
        Scenario.awaitLaterEventConsumed(scenario);
        assertThat(Probe.notifications(scenario.accountId)).singleElement()
                .satisfies(waiting -> assertThat(waiting.status).isEqualTo(NotificationStatus.WAITING));

        TestKafka.publish(new AccountTeamChanged(scenario.accountId, TeamRole.CSM, null, Scenario.CSM));
        assertThat(Mails.awaitOneTo(scenario.contactEmail).cc()).containsExactly(Scenario.CSM_EMAIL,
                Scenario.AE_EMAIL);
    }

    /** "Once per opportunity" is about the deal, not the address: the contact may change between the decisions. */
    @Test
    void anIntroductionSentBeforeTheCloseIsNotSentAgainToANewContactAtClosedWon() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(Scenario.CSM);
        scenario.publishDecision(scenario.decision("d-1", "opp-11", PostSalesMoment.PRE_CLOSE, PostSalesPath.CSM,
                Scenario.CSM));
        Mails.awaitOneTo(scenario.contactEmail);

        scenario.publishAccount(Scenario.CSM, scenario.colleagueEmail, Tier.PREMIUM, "60000");
        scenario.publishDecision(scenario.decision("d-2", "opp-11", PostSalesMoment.CLOSED_WON, PostSalesPath.CSM,
                Scenario.CSM));
        dispatcher.dispatchDue();

        assertThat(Mails.to(scenario.colleagueEmail)).isEmpty();
        assertThat(Probe.sentOnce(scenario.accountId, "csm-introduction").recipient).isEqualTo(scenario.contactEmail);
    }

    @Test
    void aWaitingIntroductionWhoseContactChangedBeforeTheClosedWonDecisionIsOneEmailToTheNewContact() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(null);
        scenario.publishDecision(scenario.decision("d-1", "opp-12", PostSalesMoment.PRE_CLOSE, PostSalesPath.CSM,
                null));
        scenario.publishAccount(null, scenario.colleagueEmail, Tier.PREMIUM, "60000");
        scenario.publishDecision(scenario.decision("d-2", "opp-12", PostSalesMoment.CLOSED_WON, PostSalesPath.CSM,
                null));
        assertThat(Probe.notifications(scenario.accountId)).singleElement().satisfies(waiting -> {
            assertThat(waiting.status).isEqualTo(NotificationStatus.WAITING);
            assertThat(waiting.recipient).isEqualTo(scenario.colleagueEmail);
            assertThat(waiting.postSalesDecisionId).isEqualTo(scenario.accountId + ":d-2");
        });

        TestKafka.publish(new AccountTeamChanged(scenario.accountId, TeamRole.CSM, null, Scenario.CSM));

        Mails.awaitOneTo(scenario.colleagueEmail);
        dispatcher.dispatchDue();
        assertThat(Mails.to(scenario.contactEmail)).isEmpty();
        Probe.sentOnce(scenario.accountId, "csm-introduction");
    }

    private static HandoffCancelled cancelled(Scenario scenario, String rule) {
        return new HandoffCancelled("handoff-" + scenario.accountId, scenario.accountId, "CSM",
                new Reason(rule, "the test cancelled it"), List.of(), OffsetDateTime.parse("2026-12-07T10:00:00Z"));
    }
}
