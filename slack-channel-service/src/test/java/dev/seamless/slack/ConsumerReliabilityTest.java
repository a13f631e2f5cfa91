package dev.seamless.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.seamless.slack.Fixtures.PATIENCE;
import static dev.seamless.slack.Fixtures.account;
import static dev.seamless.slack.Fixtures.activeEphemeralChannel;
import static dev.seamless.slack.Fixtures.approve;
import static dev.seamless.slack.Fixtures.awaitAccount;
import static dev.seamless.slack.Fixtures.awaitStatus;
import static dev.seamless.slack.Fixtures.eventsOf;
import static dev.seamless.slack.Fixtures.newId;
import static dev.seamless.slack.Fixtures.opportunity;
import static dev.seamless.slack.Fixtures.person;
import static dev.seamless.slack.Fixtures.publishOpportunity;
import static dev.seamless.slack.Fixtures.requestChannel;
import static dev.seamless.slack.Fixtures.status;
import static dev.seamless.slack.Fixtures.token;
import static dev.seamless.slack.Fixtures.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.Topics;
import dev.seamless.events.crm.AccountTeamChanged;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.events.slack.SlackChannelArchived;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.Segment;
import dev.seamless.events.types.TeamRole;
import dev.seamless.events.types.Tier;
import dev.seamless.messaging.consume.DeadLetters;
import dev.seamless.slack.crm.Account;
import dev.seamless.slack.provisioning.ChannelProvisioner;
import dev.seamless.testsupport.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Nothing lost, nothing doubled: redelivered events have no second effect, bad records go to the dead letters. */
@QuarkusTest
class ConsumerReliabilityTest {

    @Inject
    ChannelProvisioner provisioner;

    @Test
    void aRedeliveredAccountUpdateDoesNotUndoALaterOne() {
        String accountId = newId("acct");
        EventEnvelope<SeamlessEvent> first = TestKafka.publish(accountUpdate(accountId, Tier.FREE, "0"));
        awaitAccount(accountId, facts -> facts.tier() == Tier.FREE);
        TestKafka.publish(accountUpdate(accountId, Tier.PREMIUM, "150000"));
        awaitAccount(accountId, facts -> facts.tier() == Tier.PREMIUM);

        TestKafka.publish(first);
        // a later event with the same key is consumed after the redelivered one
        TestKafka.publish(new AccountTeamChanged(accountId, TeamRole.AE, "ae-1", "ae-marker"));
        assertThat(awaitAccount(accountId, facts -> "ae-marker".equals(facts.aeId())).tier())
                .isEqualTo(Tier.PREMIUM);
    }

    @Test
    void aRedeliveredOpportunityClosureArchivesTheChannelOnce() {
        String accountId = newId("acct");
        String opportunityId = newId("opp");
        String saId = newId("sa");
        account(accountId, Tier.FREE, "0", "0", saId, null);
        String channelId = activeEphemeralChannel(accountId, opportunityId, saId, provisioner::provisionDue);
        EventEnvelope<SeamlessEvent> closed = TestKafka.publish(opportunity(opportunityId, accountId,
                OrderType.FIRST_ORDER, "Closed Won", saId, false));
        awaitStatus(channelId, "ARCHIVING");
        provisioner.provisionDue();
        assertThat(status(channelId)).isEqualTo("ARCHIVED");

        TestKafka.publish(closed);
        // the same key: applied after the redelivered closure
        publishOpportunity(opportunity(newId("opp"), accountId, OrderType.FIRST_ORDER, "2-Scoping", saId, false));
        provisioner.provisionDue();

        assertThat(status(channelId)).isEqualTo("ARCHIVED");
        assertThat(eventsOf(accountId).of(SlackChannelArchived.class, e -> e.channelId().equals(channelId)))
                .hasSize(1);
        String slackChannelId = view(channelId).extract().path("slack.channelId");
        Fixtures.slack().verifyThat(1, postRequestedFor(urlEqualTo("/api/conversations.archive"))
                .withFormParam("channel", WireMock.equalTo(slackChannelId)));
    }

    @Test
    void anInvalidRecordIsDeadLetteredWithItsReasonAndTheNextOneIsApplied() {
        String accountId = newId("acct");
        String missingTier = """
                {"specversion":"1.0","id":"%s","source":"urn:crm","type":"AccountUpdated",
                 "datacontenttype":"application/json",
                 "data":{"accountId":"%s","name":"Acme","segment":"SMB","arr":1,"iacv":1,"aeId":"ae-1"}}"""
                .formatted(UUID.randomUUID(), accountId);
        TestKafka.publishRaw(Topics.CRM_ACCOUNTS, accountId, missingTier);
        TestKafka.publish(accountUpdate(accountId, Tier.ULTIMATE, "200000"));

        awaitAccount(accountId, facts -> facts.tier() == Tier.ULTIMATE);
        ConsumerRecord<String, byte[]> deadLetter = awaitDeadLetter(accountId);
        assertThat(TestKafka.header(deadLetter, DeadLetters.REASON)).contains("data.tier is required");
        assertThat(TestKafka.header(deadLetter, DeadLetters.CONSUMER)).isEqualTo("slack-channel-service");
    }

    @Test
    void aRecordTheHandlerRefusesIsDeadLetteredAloneWhileItsNeighboursAreApplied() {
        String before = newId("acct");
        String poison = newId("acct");
        String after = newId("acct");
        TestKafka.publish(accountUpdate(before, Tier.PREMIUM, "1"));
        TestKafka.publish(accountUpdate(poison, Tier.PREMIUM, "1", "DOLLARS"));
        TestKafka.publish(accountUpdate(after, Tier.PREMIUM, "1"));

        awaitAccount(before, facts -> facts.known());
        awaitAccount(after, facts -> facts.known());
        assertThat(TestKafka.header(awaitDeadLetter(poison), DeadLetters.REASON))
                .contains("currency 'DOLLARS' is not an ISO 4217 code");
        Optional<Account> refused = QuarkusTransaction.requiringNew().call(() -> Account.findByIdOptional(poison));
        assertThat(refused).as("nothing of the refused record is stored").isEmpty();
    }

    @Test
    void idsOf255CharactersAreAppliedAndCarryARequestThroughApproval() {
        String accountId = longestId("acct");
        String csm = longestId("csm");
        person(csm, PersonRole.CSM, "U0LONGCSM");
        account(accountId, Tier.PREMIUM, "150000", "150000", null, csm);

        String channelId = requestChannel(token("ae-1", "AE"), Map.of("accountId", accountId, "kind", "CUSTOMER"));
        approve(channelId, token(csm, "CSM")).statusCode(200).body("status", equalTo("APPROVED"))
                .body("accountId", equalTo(accountId)).body("approvals.approvedBy", equalTo(csm));
    }

    /** A new id as long as the service stores (docs/slack-channels.md). */
    private static String longestId(String prefix) {
        String id = newId(prefix) + "-";
        return id + "x".repeat(255 - id.length());
    }

    private static AccountUpdated accountUpdate(String accountId, Tier tier, String iacv) {
        return accountUpdate(accountId, tier, iacv, null);
    }

    private static AccountUpdated accountUpdate(String accountId, Tier tier, String iacv, String currency) {
        return new AccountUpdated(accountId, "Acme " + accountId, Segment.SMB, tier, new BigDecimal(iacv),
                new BigDecimal(iacv), 40, "AMER", "ae-1", null, null, currency, null, null);
    }

    private static ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        return await().atMost(PATIENCE).until(() -> TestKafka.records(Topics.deadLetterOf(Topics.CRM_ACCOUNTS))
                .stream().filter(record -> key.equals(record.key())).findFirst().orElse(null),
                record -> record != null);
    }
}
