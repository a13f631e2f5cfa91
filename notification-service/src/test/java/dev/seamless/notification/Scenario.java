package dev.seamless.notification;

import static org.awaitility.Awaitility.await;

import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.directory.PersonUpdated;
import dev.seamless.events.handoff.PostSalesPathDecided;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.PostSalesMoment;
import dev.seamless.events.types.PostSalesPath;
import dev.seamless.events.types.Segment;
import dev.seamless.events.types.Tier;
import dev.seamless.testsupport.TestKafka;
import dev.seamless.testsupport.Tokens;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One test's account, with a customer contact of its own, and the account team every test shares. */
final class Scenario {

    static final String AE = "ae-alex";
    static final String AE_EMAIL = "alex.seller@seamless.example";
    static final String SA = "sa-sam";
    static final String SA_EMAIL = "sam.architect@seamless.example";
    static final String CSM = "csm-casey";
    static final String CSM_EMAIL = "casey.success@seamless.example";
    /** An SA outside the account team. */
    static final String OTHER_SA = "sa-riley";
    static final String OTHER_SA_EMAIL = "riley.architect@seamless.example";
    private static boolean teamPublished;

    final String accountId;
    final String accountName;
    final String contactEmail;
    /** Another person at the customer, who writes to the SA after the deal closed. */
    final String colleagueEmail;

    Scenario() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        accountId = "acct-" + id;
        accountName = "Acme " + id;
        contactEmail = "pat-" + id + "@acme.example";
        colleagueEmail = "dev-" + id + "@acme.example";
        publishTeam();
    }

    /** AE, SA and CSM in the people directory, once per test JVM. */
    static synchronized void publishTeam() {
        if (teamPublished) {
            return;
        }
        List.of(person(AE, "Alex Seller", PersonRole.AE, AE_EMAIL), person(SA, "Sam Architect", PersonRole.SA, SA_EMAIL),
                person(CSM, "Casey Success", PersonRole.CSM, CSM_EMAIL)).forEach(TestKafka::publish);
        awaitPerson(AE);
        awaitPerson(SA);
        awaitPerson(CSM);
        teamPublished = true;
    }

    static void publishOtherSa() {
        TestKafka.publish(person(OTHER_SA, "Riley Architect", PersonRole.SA, OTHER_SA_EMAIL));
        awaitPerson(OTHER_SA);
    }

    static PersonUpdated person(String personId, String name, PersonRole role, String email) {
        return new PersonUpdated(personId, name, email, role, "AMER", Segment.SMB, List.of(), null, null, true);
    }

    static void awaitPerson(String personId) {
        await().atMost(Mails.PATIENCE).until(() -> Probe.personKnown(personId));
    }

    /** Publishes the account (tier Premium, ARR 60k unless told otherwise) and waits until it is projected. */
    void publishAccount(String csmId) {
        publishAccount(csmId, contactEmail, Tier.PREMIUM, "60000");
    }

    void publishAccount(String csmId, String contact, Tier tier, String arr) {
        TestKafka.publish(new AccountUpdated(accountId, accountName, Segment.SMB, tier, new BigDecimal(arr),
                new BigDecimal(arr), 40, "AMER", AE, SA, csmId, null, "Pat Buyer", contact));
        await().atMost(Mails.PATIENCE).until(() -> Probe.accountKnown(accountId));
    }

    /** A stage change of a first order of IACV 60,000. */
    OpportunityStageChanged stage(String opportunityId, String from, String to) {
        return stage(opportunityId, from, to, "60000");
    }

    OpportunityStageChanged stage(String opportunityId, String from, String to, String iacv) {
        return deal(opportunityId, OrderType.FIRST_ORDER, from, to, iacv);
    }

    OpportunityStageChanged deal(String opportunityId, OrderType orderType, String from, String to, String iacv) {
        return new OpportunityStageChanged(opportunityId, accountId, orderType + " deal", orderType, from, to,
                new BigDecimal(iacv), new BigDecimal(iacv), LocalDate.of(2026, 12, 18), AE, SA, false, null, null);
    }

    /** A final decision of handoff-service for the opportunity, taken by rule handoff.test.decided. */
    PostSalesPathDecided decision(String decisionId, String opportunityId, PostSalesMoment moment,
            PostSalesPath path, String csmId) {
        return decision(decisionId, opportunityId, moment, path, false, null, csmId);
    }

    PostSalesPathDecided decision(String decisionId, String opportunityId, PostSalesMoment moment,
            PostSalesPath path, boolean provisional, String supersedesDecisionId, String csmId) {
        return new PostSalesPathDecided(accountId + ":" + decisionId, accountId, opportunityId, "handoff-" + accountId,
                moment, path, provisional, supersedesDecisionId == null ? null : accountId + ":"
                        + supersedesDecisionId, AE, SA, csmId, "handoff.test.decided",
                "tier PREMIUM with ARR 60000 meets the CSM threshold", Map.of("tier", "PREMIUM", "arr", "60000"));
    }

    /** A final digital-onboarding decision at Closed Won, with what handoff-service weighed. */
    PostSalesPathDecided digitalOnboarding(String decisionId, String opportunityId, Map<String, String> weighed) {
        return new PostSalesPathDecided(accountId + ":" + decisionId, accountId, opportunityId, "handoff-" + accountId,
                PostSalesMoment.CLOSED_WON, PostSalesPath.DIGITAL_ONBOARDING, false, null, AE, SA, null,
                "handoff.test.decided", "below the CSM threshold", weighed);
    }

    /** Publishes handoff-service's decision and waits until notification-service has acted on it. */
    void publishDecision(PostSalesPathDecided decision) {
        TestKafka.publish(decision);
        await().atMost(Mails.PATIENCE).until(() -> Probe.decisionKnown(decision.decisionId()));
    }

    /**
     * Publishes a neutral stage change of another opportunity of the account and waits until it is applied: events
     * of one account share a partition, so everything published for the account before it has been consumed.
     */
    static void awaitLaterEventConsumed(Scenario scenario) {
        String marker = "opp-marker-" + UUID.randomUUID();
        TestKafka.publish(scenario.stage(marker, null, "1-Discovery"));
        await().atMost(Mails.PATIENCE).until(() -> Probe.opportunityKnown(marker));
    }

    static String token(String personId, String... roles) {
        return Tokens.forTest(personId, roles);
    }
}
