package dev.seamless.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.Topics;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.directory.PersonUpdated;
import dev.seamless.events.envelope.EventCodec;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.events.handoff.HandoffCompleted;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.Segment;
import dev.seamless.events.types.Tier;
import dev.seamless.messaging.consume.DeadLetters;
import dev.seamless.messaging.inbox.InboxPurge;
import dev.seamless.messaging.outbox.Outbox;
import dev.seamless.messaging.outbox.OutboxMessage;
import dev.seamless.testsupport.TestKafka;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.health.SmallRyeHealthReporter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

/**
 * The three guarantees every service relies on, against a real broker and a real database: the outbox publishes
 * exactly what was committed, in order, also across a broker outage; the inbox applies a redelivered event once; a
 * record that cannot be applied is dead-lettered with its reason while its neighbours are applied; a database
 * outage delays consumption but loses and dead-letters nothing.
 */
@QuarkusTest
@QuarkusTestResource(RestartableInfrastructure.class)
class ReliableMessagingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    @Inject
    InboxPurge inboxPurge;

    @Inject
    SmallRyeHealthReporter health;

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String accountId = newId();
        EventEnvelope<SeamlessEvent> event = TestKafka.publish(account(accountId, "Acme"));
        await().atMost(PATIENCE).until(() -> effects(accountId) == 1);

        TestKafka.publish(event);
        String marker = newId();
        TestKafka.publish(account(marker, "Acme"));
        await().atMost(PATIENCE).until(() -> effects(marker) == 1);

        assertThat(effects(accountId)).isEqualTo(1);
        assertThat(published(accountId)).hasSize(1);
    }

    @Test
    void invalidAndFailingRecordsAreDeadLetteredAloneWhileTheirBatchNeighboursAreApplied() {
        String accountId = newId();
        TestKafka.publish(account(accountId + "-before", "Acme"));
        TestKafka.publishRaw(Topics.CRM_ACCOUNTS, accountId + "-invalid", """
                {"specversion":"1.0","id":"%s","source":"urn:crm","type":"AccountUpdated",
                 "data":{"accountId":"%s-invalid","name":"No segment","tier":"GOLD","arr":1,"iacv":1,"aeId":"ae"}}"""
                .formatted(UUID.randomUUID(), accountId));
        TestKafka.publish(account(accountId + "-poison", EffectRecorder.POISON));
        TestKafka.publish(account(accountId + "-after", "Acme"));

        await().atMost(PATIENCE).until(() -> effects(accountId + "-before") == 1 && effects(accountId + "-after") == 1);
        ConsumerRecord<String, byte[]> invalid = awaitDeadLetter(accountId + "-invalid");
        assertThat(TestKafka.header(invalid, DeadLetters.REASON)).contains("data.segment is required");
        assertThat(TestKafka.header(invalid, DeadLetters.ORIGINAL_TOPIC)).isEqualTo(Topics.CRM_ACCOUNTS);
        assertThat(TestKafka.header(invalid, DeadLetters.CONSUMER)).isEqualTo(EffectRecorder.CONSUMER);
        ConsumerRecord<String, byte[]> poison = awaitDeadLetter(accountId + "-poison");
        assertThat(TestKafka.header(poison, DeadLetters.REASON)).contains("account name 'poison' is refused");
        assertThat(effects(accountId + "-poison")).isZero();
        assertThat(published(accountId + "-poison")).isEmpty();
    }

    @Test
    void eventsOfARolledBackTransactionAreNeverPublished() {
        String accountId = newId();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish(completed(accountId, 1));
            throw new IllegalStateException("the state change failed after the event was recorded");
        })).hasMessageContaining("the state change failed");
        String committed = newId();
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(completed(committed, 1)));

        await().atMost(PATIENCE).until(() -> published(committed).size() == 1);
        assertThat(published(accountId)).isEmpty();
    }

    @Test
    void eventsOfOneAccountFromConcurrentTransactionsArePublishedInCommitOrder() throws Exception {
        String accountId = newId();
        CountDownLatch firstHoldsTheAccount = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish(completed(accountId, 1));
                firstHoldsTheAccount.countDown();
                awaitLatch(firstMayCommit);
            }));
            assertThat(firstHoldsTheAccount.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> second = threads.submit(() -> QuarkusTransaction.requiringNew()
                    .run(() -> outbox.publish(completed(accountId, 2))));
            await().atMost(PATIENCE).until(() -> transactionsWaitingForAnAccount() == 1);
            assertThat(second).isNotDone();

            firstMayCommit.countDown();
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        await().atMost(PATIENCE).until(() -> published(accountId).size() == 2);
        assertThat(published(accountId)).extracting(HandoffCompleted::handoffId).containsExactly("h-1", "h-2");
    }

    @Test
    void theOutboxKeepsEventsThroughABrokerOutageAndPublishesThemInOrderAfterwards() {
        String accountId = newId();
        RestartableInfrastructure.broker.stop();
        try {
            IntStream.rangeClosed(1, 5).forEach(sequence -> QuarkusTransaction.requiringNew()
                    .run(() -> outbox.publish(completed(accountId, sequence))));
            assertThat(pendingInOutbox(accountId)).isEqualTo(5);
        } finally {
            RestartableInfrastructure.broker.start();
        }

        await().atMost(PATIENCE).until(() -> published(accountId).size() == 5);
        assertThat(published(accountId)).extracting(HandoffCompleted::handoffId)
                .containsExactly("h-1", "h-2", "h-3", "h-4", "h-5");
        await().atMost(PATIENCE).until(() -> pendingInOutbox(accountId) == 0);

        String afterRestart = newId();
        TestKafka.publish(account(afterRestart, "Acme"));
        await().atMost(PATIENCE).until(() -> effects(afterRestart) == 1);
    }

    /**
     * Longer than the 60 s after which the Kafka connector's throttled commit strategy used to give up on a record
     * that was not acknowledged, failing the consumer for good.
     */
    @Test
    void aConsumerWaitsOutADatabaseOutageLongerThanAMinuteAndAppliesWhatArrivedMeanwhileOnce() {
        String accountId = newId();
        Duration outage = Duration.ofSeconds(70);
        long outageStarted = System.nanoTime();
        RestartableInfrastructure.stopPostgres();
        try {
            TestKafka.publish(account(accountId, "Acme"));
            await().atMost(PATIENCE).until(() -> consumerRetries() > 0);
            await().atMost(outage.plusSeconds(10)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> System.nanoTime() - outageStarted > outage.toNanos());
        } finally {
            RestartableInfrastructure.startPostgres();
        }

        await().atMost(PATIENCE).until(() -> effects(accountId) == 1);
        await().atMost(PATIENCE).until(() -> published(accountId).size() == 1);
        String afterTheOutage = newId();
        TestKafka.publish(account(afterTheOutage, "Acme"));
        await().atMost(PATIENCE).until(() -> effects(afterTheOutage) == 1);
        assertThat(deadLetters(accountId)).isEmpty();
        assertThat(health.getReadiness().isDown()).as("readiness: %s", health.getReadiness().getPayload()).isFalse();
    }

    private double consumerRetries() {
        return registry.counter("seamless.consumer.outage.retries", "consumer", EffectRecorder.CONSUMER).count();
    }

    @Test
    void theDeadLetterTopicOfEveryConsumedTopicExistsOnceTheServiceHasStarted() throws Exception {
        try (Admin admin = admin()) {
            assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS)).contains("test.custom-events.dlq");
        }
    }

    @Test
    void aRecordTooLargeToCopyIsDeadLetteredWithoutItsValueAndTheNextIsApplied() throws Exception {
        try (Admin admin = admin()) {
            ConfigResource dlq = new ConfigResource(ConfigResource.Type.TOPIC, "test.custom-events.dlq");
            admin.incrementalAlterConfigs(Map.of(dlq, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "3000"), AlterConfigOp.OpType.SET))))
                    .all().get(10, TimeUnit.SECONDS);
        }
        String key = newId();
        TestKafka.publishRaw("test.custom-events", key, "not a cloud event " + "x".repeat(5_000));
        String next = newId();
        TestKafka.send(new ProducerRecord<>("test.custom-events", next,
                new EventCodec().encode(EventEnvelope.wrap(TestKafka.TEST_SOURCE, account(next, "Acme"),
                        Clock.systemUTC()))));

        await().atMost(PATIENCE).until(() -> effects(next) == 1);
        ConsumerRecord<String, byte[]> deadLetter = await().atMost(PATIENCE).until(() -> TestKafka
                .records("test.custom-events.dlq").stream().filter(record -> key.equals(record.key())).findFirst()
                .orElse(null), record -> record != null);
        assertThat(deadLetter.value()).isNull();
        assertThat(TestKafka.header(deadLetter, DeadLetters.REASON)).contains("not a valid CloudEvent");
        assertThat(TestKafka.header(deadLetter, DeadLetters.VALUE_OMITTED)).contains("original topic");
        assertThat(TestKafka.header(deadLetter, DeadLetters.ORIGINAL_TOPIC)).isEqualTo("test.custom-events");
    }

    @Test
    void aRecordThatFailsForNoKnownReasonIsTriedAgainAndAppliedOnceItPasses() {
        String accountId = newId();
        TestKafka.publish(account(accountId, EffectRecorder.FLAKY));

        await().atMost(PATIENCE).until(() -> effects(accountId) == 1);
        assertThat(deadLetters(accountId)).isEmpty();
    }

    @Test
    void aRecordThatKeepsFailingForNoKnownReasonIsDeadLetteredWithEveryAttemptAndTheNextIsApplied() {
        String accountId = newId();
        String next = newId();
        TestKafka.publish(account(accountId, EffectRecorder.BROKEN));
        TestKafka.publish(account(next, "Acme"));

        ConsumerRecord<String, byte[]> deadLetter = awaitDeadLetter(accountId);
        assertThat(TestKafka.header(deadLetter, DeadLetters.REASON))
                .contains("failed 3 times for no known reason")
                .contains("attempt 1: ").contains("attempt 3: ").contains("nobody understands");
        await().atMost(PATIENCE).until(() -> effects(next) == 1);
        assertThat(effects(accountId)).isZero();
    }

    @Test
    void anEventTypeOnAnotherTypesTopicIsDeadLetteredWithThatReason() {
        String personId = "person-" + UUID.randomUUID();
        double before = deadLettersCounted(Topics.CRM_ACCOUNTS);
        EventEnvelope<PersonUpdated> impostor = EventEnvelope.wrap(TestKafka.TEST_SOURCE, new PersonUpdated(personId,
                "Mallory", "mallory@elsewhere.example", PersonRole.SA, "AMER", Segment.SMB, List.of(), null, null,
                true), Clock.systemUTC());
        TestKafka.send(new ProducerRecord<>(Topics.CRM_ACCOUNTS, personId, new EventCodec().encode(impostor)));

        ConsumerRecord<String, byte[]> deadLetter = awaitDeadLetter(personId);
        assertThat(TestKafka.header(deadLetter, DeadLetters.REASON))
                .isEqualTo("PersonUpdated belongs on topic directory.people, not on crm.accounts");
        await().atMost(PATIENCE).until(() -> deadLettersCounted(Topics.CRM_ACCOUNTS) == before + 1);
    }

    @Test
    void anEventKeyedByAnotherAccountIsDeadLetteredAndNotApplied() {
        String accountId = newId();
        String wrongKey = newId();
        EventEnvelope<AccountUpdated> event = EventEnvelope.wrap(TestKafka.TEST_SOURCE, account(accountId, "Acme"),
                Clock.systemUTC());
        TestKafka.send(new ProducerRecord<>(Topics.CRM_ACCOUNTS, wrongKey, new EventCodec().encode(event)));
        String next = newId();
        TestKafka.publish(account(next, "Acme"));

        ConsumerRecord<String, byte[]> deadLetter = awaitDeadLetter(wrongKey);
        assertThat(TestKafka.header(deadLetter, DeadLetters.REASON)).contains("must be keyed by '" + accountId + "'");
        await().atMost(PATIENCE).until(() -> effects(next) == 1);
        assertThat(effects(accountId)).isZero();
    }

    @Test
    void anotherProducersEventThatReusesAnIdIsADifferentEvent() {
        String accountId = newId();
        String sharedId = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now();
        TestKafka.publish(new EventEnvelope<>(sharedId, URI.create("urn:crm:emea"), "AccountUpdated", now, accountId,
                account(accountId, "Acme")));
        TestKafka.publish(new EventEnvelope<>(sharedId, URI.create("urn:crm:amer"), "AccountUpdated", now, accountId,
                account(accountId, "Acme")));
        TestKafka.publish(new EventEnvelope<>(sharedId, URI.create("urn:crm:amer"), "AccountUpdated", now, accountId,
                account(accountId, "Acme")));

        await().atMost(PATIENCE).until(() -> effects(accountId) == 2);
        String marker = newId();
        TestKafka.publish(account(marker, "Acme"));
        await().atMost(PATIENCE).until(() -> effects(marker) == 1);
        assertThat(effects(accountId)).isEqualTo(2);
    }

    @Test
    void anEventTheBrokerRefusesForGoodIsSetAsideAndTheEventsAfterItArePublished() throws Exception {
        String refused = newId();
        String next = newId();
        double setAsideBefore = registry.counter("seamless.outbox.set.aside").count();
        setMaxMessageBytes(Topics.HANDOFF_EVENTS, "20000");
        try {
            TestKafka.publish(account(refused, EffectRecorder.HUGE + 30_000));
            await().atMost(PATIENCE).until(() -> effects(refused) == 1);
            TestKafka.publish(account(next, "Acme"));
            await().atMost(PATIENCE).until(() -> published(next).size() == 1);
        } finally {
            setMaxMessageBytes(Topics.HANDOFF_EVENTS, "1048588");
        }
        assertThat(published(refused)).isEmpty();
        assertThat(registry.counter("seamless.outbox.set.aside").count()).isEqualTo(setAsideBefore + 1);
        String reason = QuarkusTransaction.requiringNew().call(() -> OutboxMessage
                .<OutboxMessage>find("messageKey", refused).singleResult().setAsideReason);
        assertThat(reason).contains("larger than the max message size the server will accept");
        assertThat(pendingInOutbox(next)).isZero();
    }

    @Test
    void anEventLargerThanTheOutboxTakesDeadLettersTheRecordThatCausedItAndNothingIsWritten() {
        String accountId = newId();
        TestKafka.publish(account(accountId, EffectRecorder.HUGE + 50_000));

        ConsumerRecord<String, byte[]> deadLetter = awaitDeadLetter(accountId);
        assertThat(TestKafka.header(deadLetter, DeadLetters.REASON))
                .contains("more than the 40000 an event may have (seamless.outbox.max-event-bytes)");
        assertThat(effects(accountId)).isZero();
        assertThat(pendingInOutbox(accountId)).isZero();
    }

    private static void setMaxMessageBytes(String topic, String bytes) throws Exception {
        try (Admin admin = admin()) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, bytes), AlterConfigOp.OpType.SET))))
                    .all().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theInboxForgetsEntriesOlderThanItsRetentionAndKeepsTheRest() {
        String old = "old-" + UUID.randomUUID();
        String recent = "recent-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            insertInboxEntry(old, "31 days");
            insertInboxEntry(recent, "29 days");
        });

        assertThat(inboxPurge.purge()).isGreaterThanOrEqualTo(1);

        assertThat(inboxEntries(old)).isZero();
        assertThat(inboxEntries(recent)).isEqualTo(1);
    }

    private void insertInboxEntry(String eventId, String age) {
        entityManager.createNativeQuery("insert into inbox_message (consumer, event_id, event_type, received_at)"
                + " values ('purge-test', ?1, 'AccountUpdated', now() - cast(?2 as interval))")
                .setParameter(1, eventId).setParameter(2, age).executeUpdate();
    }

    private long inboxEntries(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from inbox_message where event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue());
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                RestartableInfrastructure.broker.bootstrapServers()));
    }

    private long transactionsWaitingForAnAccount() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from pg_locks where locktype = 'advisory' and not granted")
                .getSingleResult()).longValue());
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test did not release the first transaction");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long effects(String accountId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from effect where account_id = ?1")
                .setParameter(1, accountId).getSingleResult()).longValue());
    }

    private static long pendingInOutbox(String accountId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("messageKey", accountId));
    }

    private static List<HandoffCompleted> published(String accountId) {
        return TestKafka.events(Topics.HANDOFF_EVENTS, HandoffCompleted.class,
                event -> event.accountId().equals(accountId));
    }

    private static ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        return await().atMost(PATIENCE).until(() -> TestKafka.records(Topics.deadLetterOf(Topics.CRM_ACCOUNTS))
                .stream().filter(record -> key.equals(record.key())).findFirst().orElse(null),
                record -> record != null);
    }

    private static List<ConsumerRecord<String, byte[]>> deadLetters(String key) {
        return TestKafka.records(Topics.deadLetterOf(Topics.CRM_ACCOUNTS)).stream()
                .filter(record -> key.equals(record.key())).toList();
    }

    private double deadLettersCounted(String topic) {
        return registry.counter("seamless.consumer.dead.letters", "consumer", EffectRecorder.CONSUMER, "topic", topic)
                .count();
    }

    private static String newId() {
        return "acct-" + UUID.randomUUID();
    }

    private static AccountUpdated account(String accountId, String name) {
        return new AccountUpdated(accountId, name, Segment.SMB, Tier.PREMIUM, BigDecimal.TEN, BigDecimal.TEN, 12,
                "AMER", "ae-1", null, null, null, null, null);
    }

    private static HandoffCompleted completed(String accountId, int sequence) {
        return new HandoffCompleted("h-" + sequence, accountId, "TEST", OffsetDateTime.now());
    }
}
