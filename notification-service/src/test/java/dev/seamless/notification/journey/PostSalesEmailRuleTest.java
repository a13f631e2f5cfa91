package dev.seamless.notification.journey;

import static dev.seamless.notification.RuleFixtures.SUPPORT;
import static dev.seamless.notification.RuleFixtures.account;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.events.handoff.HandoffCancelled;
import dev.seamless.events.handoff.PostSalesPathDecided;
import dev.seamless.events.types.PostSalesMoment;
import dev.seamless.events.types.PostSalesPath;
import dev.seamless.events.types.Reason;
import dev.seamless.events.types.Tier;
import dev.seamless.notification.delivery.PlannedEmail;
import dev.seamless.notification.delivery.Recipient;
import dev.seamless.notification.directory.Account;
import dev.seamless.notification.directory.PeopleFixture;
import dev.seamless.notification.directory.Recipients;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PostSalesEmailRuleTest {

    private final PostSalesEmailRule rule = new PostSalesEmailRule(SUPPORT,
            Set.of("handoff.opportunity-lost", "handoff.account-closed"));
    private final Recipients recipients = PeopleFixture.team().recipients();

    @ParameterizedTest
    @EnumSource(PostSalesMoment.class)
    void aCsmDecisionIntroducesTheCsmNamedInTheDecisionToThePrimaryContactWithTheCsmAndTheAeInCopy(
            PostSalesMoment moment) {
        PlannedEmail email = rule.plan(decision(moment, PostSalesPath.CSM, false, "csm-1", "opp-1"),
                Optional.of(account(null, "pat@acme.example")), recipients).orElseThrow();

        assertThat(email.template()).isEqualTo("csm-introduction");
        assertThat(email.occasion()).isEqualTo("opportunity:opp-1");
        assertThat(email.to().email()).isEqualTo("pat@acme.example");
        assertThat(email.cc()).extracting(Recipient::email)
                .containsExactly("casey@seamless.example", "alex@seamless.example");
        assertThat(email.waitingFor()).isNull();
        assertThat(email.values()).containsEntry("csmName", "Casey Success").containsEntry("aeName", "Alex Seller");
        assertThat(email.reason().rule()).isEqualTo("notification.post-sales.csm-introduction");
        assertThat(email.reason().message()).startsWith("handoff-service decided CSM at " + moment
                + " for opportunity opp-1 (decision dec-1, rule handoff.test.rule: ");
        assertThat(email.inputs()).containsEntry("decidedBy", "handoff-service").containsEntry("decisionId", "dec-1")
                .containsEntry("decisionRule", "handoff.test.rule").containsEntry("csmIntroduced", "csm-1")
                .containsEntry("csmFrom", "decision").containsEntry("decisionInputs", Map.of("tier", "PREMIUM"));
    }

    @Test
    void aCsmDecisionWithoutACsmTakesTheAccountsOrWaitsForOne() {
        PostSalesDecision noCsm = decision(PostSalesMoment.PRE_CLOSE, PostSalesPath.CSM, false, null, "opp-1");

        PlannedEmail fromAccount = rule.plan(noCsm, Optional.of(account("csm-1", "pat@acme.example")), recipients)
                .orElseThrow();
        PlannedEmail waiting = rule.plan(noCsm, Optional.of(account(null, "pat@acme.example")), recipients)
                .orElseThrow();

        assertThat(fromAccount.waitingFor()).isNull();
        assertThat(fromAccount.inputs()).containsEntry("csmFrom", "crm.accounts");
        assertThat(waiting.waitingFor()).isEqualTo("waiting for the account's CSM to be named");
        assertThat(waiting.problems()).isEmpty();
        assertThat(waiting.cc()).extracting(Recipient::email).containsExactly("alex@seamless.example");
        assertThat(waiting.reason().message()).endsWith("it waits until the account's CSM is named.");
    }

    @Test
    void aDigitalOnboardingDecisionAtClosedWonMailsTheContactWithTheAeInCopyAndTheTiersSupport() {
        Account free = account(null, Tier.FREE, "0");

        PlannedEmail email = rule.plan(decision(PostSalesMoment.CLOSED_WON, PostSalesPath.DIGITAL_ONBOARDING, false,
                null, "opp-1"), Optional.of(free), recipients).orElseThrow();

        assertThat(email.template()).isEqualTo("digital-onboarding");
        assertThat(email.cc()).extracting(Recipient::email).containsExactly("alex@seamless.example");
        assertThat(email.values()).containsEntry("supportLevel", "Community");
        assertThat(email.reason().rule()).isEqualTo("notification.post-sales.digital-onboarding");
    }

    @Test
    void digitalOnboardingStatesTheSupportOfTheTierTheDealBuysWhenHandoffServiceWeighedTheDeal() {
        Optional<Account> free = Optional.of(account(null, Tier.FREE, "0"));

        PlannedEmail buyingPremium = rule.plan(onboarding(Map.of("tierWeighed", "PREMIUM", "tierSource", "deal")),
                free, recipients).orElseThrow();
        PlannedEmail weighedAccount = rule.plan(onboarding(Map.of("tierWeighed", "PREMIUM",
                "tierSource", "account")), free, recipients).orElseThrow();
        PlannedEmail unreadable = rule.plan(onboarding(Map.of("tierWeighed", "PLATINUM", "tierSource", "deal")),
                free, recipients).orElseThrow();
        PlannedEmail unknownAccount = rule.plan(onboarding(Map.of()), Optional.empty(), recipients).orElseThrow();

        assertThat(buyingPremium.values()).containsEntry("supportLevel", "Priority");
        assertThat(buyingPremium.inputs()).containsEntry("supportTier", Tier.PREMIUM)
                .containsEntry("supportTierSource", "deal");
        assertThat(weighedAccount.values()).containsEntry("supportLevel", "Community");
        assertThat(weighedAccount.inputs()).containsEntry("supportTier", Tier.FREE)
                .containsEntry("supportTierSource", "crm.accounts");
        assertThat(unreadable.inputs()).containsEntry("supportTier", Tier.FREE);
        assertThat(unknownAccount.values()).containsEntry("supportLevel", "Standard");
        assertThat(unknownAccount.inputs()).containsEntry("supportTierSource", null);
    }

    private static PostSalesDecision onboarding(Map<String, String> weighed) {
        return PostSalesDecision.of(new PostSalesPathDecided("dec-1", "acct-1", "opp-1", "h-1",
                PostSalesMoment.CLOSED_WON, PostSalesPath.DIGITAL_ONBOARDING, false, null, "ae-1", "sa-1", null,
                "handoff.test.rule", "below the threshold", weighed));
    }

    @Test
    void provisionalDecisionsAndDigitalOnboardingBeforeTheCloseSendNothing() {
        Optional<Account> account = Optional.of(account("csm-1", "pat@acme.example"));

        assertThat(rule.plan(decision(PostSalesMoment.CLOSED_WON, PostSalesPath.DIGITAL_ONBOARDING, true, null,
                "opp-1"), account, recipients)).isEmpty();
        assertThat(rule.plan(decision(PostSalesMoment.PRE_CLOSE, PostSalesPath.CSM, true, "csm-1", "opp-1"),
                account, recipients)).isEmpty();
        assertThat(rule.plan(decision(PostSalesMoment.PRE_CLOSE, PostSalesPath.DIGITAL_ONBOARDING, false, null,
                "opp-1"), account, recipients)).isEmpty();
    }

    @Test
    void aDecisionWithoutAnOpportunityIsItsOwnOccasion() {
        PlannedEmail email = rule.plan(decision(PostSalesMoment.CLOSED_WON, PostSalesPath.CSM, false, "csm-1", null),
                Optional.of(account(null, "pat@acme.example")), recipients).orElseThrow();

        assertThat(email.occasion()).isEqualTo("post-sales-decision:dec-1");
    }

    @Test
    void anUnknownAccountOrContactAddressIsWaitedFor() {
        PostSalesDecision onboarding = decision(PostSalesMoment.CLOSED_WON, PostSalesPath.DIGITAL_ONBOARDING, false,
                null, "opp-1");
        PostSalesDecision introduction = decision(PostSalesMoment.CLOSED_WON, PostSalesPath.CSM, false, null, "opp-1");

        assertThat(rule.plan(onboarding, Optional.empty(), recipients).orElseThrow().waitingFor())
                .isEqualTo("waiting for crm.accounts to describe account acct-1");
        assertThat(rule.plan(onboarding, Optional.of(account(null, " ")), recipients).orElseThrow().waitingFor())
                .isEqualTo("waiting for crm.accounts to describe the primary contact of account acct-1");
        assertThat(rule.plan(onboarding, Optional.of(account(null, "pat@acme.example")), recipients).orElseThrow()
                .waitingFor()).isNull();
        assertThat(rule.plan(introduction, Optional.of(account(null, null)), recipients).orElseThrow().waitingFor())
                .isEqualTo("waiting for crm.accounts to describe the primary contact of account acct-1;"
                        + " waiting for the account's CSM to be named");
    }

    @Test
    void aHandoffCancelledForALostDealOrAClosedAccountWithdrawsButOneSupersededDoesNot() {
        assertThat(rule.withdrawalFor(cancelled("handoff.opportunity-lost",
                "Opportunity opp-1 moved to 8-Closed Lost")))
                .contains("withdrawn: handoff h-1 was cancelled (handoff.opportunity-lost: Opportunity opp-1 moved to"
                        + " 8-Closed Lost)");
        assertThat(rule.withdrawalFor(cancelled("handoff.account-closed", "churned"))).isPresent();
        assertThat(rule.withdrawalFor(cancelled("handoff.superseded", "decided again"))).isEmpty();
    }

    private static HandoffCancelled cancelled(String rule, String message) {
        return new HandoffCancelled("h-1", "acct-1", "CSM", new Reason(rule, message), List.of(),
                OffsetDateTime.parse("2026-12-07T10:00:00Z"));
    }

    private static PostSalesDecision decision(PostSalesMoment moment, PostSalesPath path, boolean provisional,
            String csmId, String opportunityId) {
        return PostSalesDecision.of(new PostSalesPathDecided("dec-1", "acct-1", opportunityId, "h-1", moment, path,
                provisional, null, "ae-1", "sa-1", csmId, "handoff.test.rule", "the account meets the threshold",
                Map.of("tier", "PREMIUM")));
    }
}
