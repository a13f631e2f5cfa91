package dev.seamless.faults;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.Topics;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.events.handoff.HandoffStarted;
import dev.seamless.events.notification.NotificationFailed;
import dev.seamless.events.notification.NotificationSent;
import dev.seamless.events.slack.SlackChannelCreated;
import dev.seamless.events.triage.SAAssigned;
import dev.seamless.faults.PoisonRecords.Poison;
import dev.seamless.messaging.consume.DeadLetters;
import dev.seamless.testsupport.ConsumerOffsets;
import dev.seamless.testsupport.ServiceProcess;
import dev.seamless.testsupport.SmtpSink;
import dev.seamless.testsupport.TestKafka;
import dev.seamless.testsupport.Tokens;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The whole system under the faults a deployment meets: two instances of each service consume a few hundred
 * accounts' journeys (SA requests, deals closing, inquiries after the close, customer Slack channels requested and
 * approved) while instances are killed and stopped, the broker stops for 20 s and PostgreSQL for 90 s,
 * events are redelivered and poison records arrive. Afterwards every expected effect must exist exactly once, every
 * poison record must be on its dead-letter topic with a reason and no valid record may be there, and every consumer
 * must have caught up with every outbox empty. It prints what it counted, phase by phase.
 */
class FaultSuiteTest {

    private static final int ACCOUNTS = Integer.getInteger("faults.accounts", 200);
    private static final int CHANNEL_ACCOUNTS = Integer.getInteger("faults.channel-accounts", 40);
    /** A mail whose send a kill -9 cut: recorded FAILED "outcome unknown", neither lost silently nor sent twice. */
    private static final String UNKNOWN = " (outcome unknown)";
    private static final Duration SETTLE = Duration.ofMinutes(4);
    private static final Map<String, List<String>> TOPICS_READ = Map.of(
            "triage-service", List.of(Topics.CRM_TRIAGE_REQUESTS, Topics.CRM_OPPORTUNITIES, Topics.CRM_ACCOUNTS,
                    Topics.DIRECTORY_PEOPLE),
            "handoff-service", List.of(Topics.CRM_OPPORTUNITIES, Topics.CRM_ACCOUNTS, Topics.DIRECTORY_PEOPLE,
                    Topics.TRIAGE_EVENTS),
            "slack-channel-service", List.of(Topics.CRM_ACCOUNTS, Topics.CRM_OPPORTUNITIES, Topics.DIRECTORY_PEOPLE),
            "notification-service", List.of(Topics.CRM_OPPORTUNITIES, Topics.CRM_ACCOUNTS, Topics.DIRECTORY_PEOPLE,
                    Topics.SUPPORT_INQUIRIES, Topics.TRIAGE_EVENTS, Topics.HANDOFF_EVENTS, Topics.SLACK_EVENTS));

    /** One phase of the run: the fault it stages, what went in, and the effects it should lead to. */
    private record Phase(String fault, int eventsIn, int redelivered, List<Expected> expected) {
    }

    /** An effect expected once per key, found by its kind among the outbound events. */
    private record Expected(String effect, List<String> keys) {
    }

    private FaultyInfrastructure system;
    private final List<Phase> phases = new ArrayList<>();

    @Test
    void everyEffectHappensExactlyOnceThroughTheFaults() throws Exception {
        long started = System.nanoTime();
        SmtpSink.start();
        try (FaultyInfrastructure infrastructure = new FaultyInfrastructure()) {
            system = infrastructure;
            System.out.printf("[faults] %d service instances ready in %d s%n", system.instances().size(),
                    (System.nanoTime() - started) / 1_000_000_000);
            int half = ACCOUNTS / 2;
            List<Integer> all = Journeys.range(0, ACCOUNTS);
            List<Integer> first = Journeys.range(0, half);
            List<Integer> second = Journeys.range(half, ACCOUNTS);

            List<Integer> channelAccounts = Journeys.range(0, CHANNEL_ACCOUNTS);

            List<String> channels = phaseOne(all, channelAccounts);
            List<Poison> poisons = phaseTwo(first);
            phaseThree(first, second);
            phaseFour(second, channelAccounts, channels);
            restBodyLimit();

            awaitSettled();
            awaitEveryEffect();
            report(poisons);
        } finally {
            SmtpSink.stop();
        }
    }

    /**
     * kill -9 of one triage and one handoff instance while the people, accounts and SA requests arrive; then the AEs
     * ask for customer Slack channels.
     *
     * @return the ids of the requested channels
     */
    private List<String> phaseOne(List<Integer> accounts, List<Integer> channelAccounts) {
        int in = 0;
        for (SeamlessEvent person : Journeys.people()) {
            TestKafka.publish(person);
            in++;
        }
        Redeliveries redeliveries = new Redeliveries();
        in += redeliveries.publish(accounts, Journeys::account);
        in += redeliveries.publish(channelAccounts, Journeys::channelAccount);
        in += redeliveries.publish(accounts, Journeys::triageRequest);
        killAndRestart(instance("triage-service", 0), instance("handoff-service", 0));
        awaitSettled();
        List<String> channels = new ArrayList<>();
        String slack = instance("slack-channel-service", 1).baseUrl();
        for (int account : channelAccounts) {
            channels.add(given().auth().oauth2(Tokens.forTest(Journeys.AE, "AE")).contentType("application/json")
                    .body(Map.of("accountId", Journeys.channelAccountId(account), "kind", "CUSTOMER", "purpose",
                            "A shared channel for the rollout"))
                    .post(slack + "/api/slack-channels").then().statusCode(201).body("status", equalTo("REQUESTED"))
                    .extract().path("id"));
        }
        phases.add(new Phase("kill -9 of triage-service #1 and handoff-service #1; " + channels.size()
                + " customer channels requested", in + channels.size(), redeliveries.count,
                List.of(new Expected("SAAssigned", keys(accounts, Journeys::requestId)))));
        return channels;
    }

    /** The broker stops for 20 s while the first half of the deals close and their events are relayed. */
    private List<Poison> phaseTwo(List<Integer> accounts) throws Exception {
        Redeliveries redeliveries = new Redeliveries();
        int in = redeliveries.publish(accounts, Journeys::closedWon);
        List<Poison> poisons = PoisonRecords.publish(system.broker.bootstrapServers());
        system.broker.stop();
        pause(Duration.ofSeconds(20));
        system.broker.start();
        awaitSettled();
        phases.add(new Phase("broker stopped for 20 s; " + poisons.size() + " poison records", in + poisons.size(),
                redeliveries.count, List.of(
                        new Expected("HandoffStarted", keys(accounts, Journeys::accountId)),
                        new Expected("digital-onboarding mail", keys(accounts, Journeys::accountId)))));
        return poisons;
    }

    /** PostgreSQL stops for 90 s while the first half's customers write and the second half's deals close. */
    private void phaseThree(List<Integer> inquiring, List<Integer> closing) {
        Redeliveries redeliveries = new Redeliveries();
        int in = redeliveries.publish(inquiring, Journeys::inquiry);
        in += redeliveries.publish(closing, Journeys::closedWon);
        system.stopPostgres();
        pause(Duration.ofSeconds(90));
        system.startPostgres();
        awaitSettled();
        phases.add(new Phase("PostgreSQL stopped for 90 s", in, redeliveries.count, List.of(
                new Expected("post-sales redirect mail", keys(inquiring, Journeys::accountId)),
                new Expected("HandoffStarted", keys(closing, Journeys::accountId)),
                new Expected("digital-onboarding mail", keys(closing, Journeys::accountId)))));
    }

    /**
     * kill -9 of a Slack and a notification instance, then a graceful stop of the other notification instance (a
     * rebalance mid-stream), while the second half's customers write.
     */
    private void phaseFour(List<Integer> accounts, List<Integer> channelAccounts, List<String> channels) {
        Redeliveries redeliveries = new Redeliveries();
        int in = redeliveries.publish(accounts, Journeys::inquiry);
        String slack = instance("slack-channel-service", 1).baseUrl();
        for (String channel : channels) {
            given().auth().oauth2(Tokens.forTest(Journeys.CSM, "CSM")).post(slack + "/api/slack-channels/" + channel
                    + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"));
        }
        in += channels.size();
        killAndRestart(instance("slack-channel-service", 0), instance("notification-service", 0));
        ServiceProcess other = instance("notification-service", 1);
        other.stop();
        other.start();
        other.awaitReady(Duration.ofMinutes(3));
        awaitSettled();
        phases.add(new Phase("kill -9 of slack-channel-service #1 and notification-service #1, graceful stop of"
                + " notification-service #2; " + channels.size() + " channels approved", in, redeliveries.count,
                List.of(new Expected("post-sales redirect mail", keys(accounts, Journeys::accountId)),
                        new Expected("SlackChannelCreated", keys(channelAccounts, Journeys::channelAccountId)))));
    }

    /** A 2 MB body is refused before any code runs, and the service goes on. */
    private void restBodyLimit() {
        String body = "{\"reason\":\"" + "x".repeat(2_000_000) + "\"}";
        Map<String, String> endpoints = Map.of("triage-service", "/api/triage-requests", "handoff-service",
                "/api/handoffs", "slack-channel-service", "/api/slack-channels", "notification-service",
                "/api/post-sales-redirects");
        for (FaultyInfrastructure.Service service : system.services) {
            ServiceProcess instance = service.instances().get(0);
            given().auth().oauth2(Tokens.forTest("admin-fault", "ADMIN")).contentType("application/json").body(body)
                    .post(instance.baseUrl() + endpoints.get(service.module())).then().statusCode(413);
            given().get(instance.baseUrl() + "/q/health/ready").then().statusCode(200);
        }
        System.out.println("[faults] a 2 MB request body got 413 from every service, and each stayed ready");
    }

    private void killAndRestart(ServiceProcess... instances) {
        for (ServiceProcess instance : instances) {
            instance.kill();
        }
        for (ServiceProcess instance : instances) {
            instance.start();
        }
        for (ServiceProcess instance : instances) {
            instance.awaitReady(Duration.ofMinutes(3));
        }
    }

    private ServiceProcess instance(String module, int index) {
        return system.services.stream().filter(service -> service.module().equals(module)).findFirst()
                .orElseThrow().instances().get(index);
    }

    /** Every consumer group has committed the end of every topic it reads, and every outbox is empty. */
    private void awaitSettled() {
        await().atMost(SETTLE).pollInterval(Duration.ofSeconds(1)).until(() -> caughtUp() && outboxesEmpty());
    }

    private boolean caughtUp() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                system.broker.bootstrapServers()))) {
            for (Map.Entry<String, List<String>> group : TOPICS_READ.entrySet()) {
                List<TopicPartition> partitions = admin.describeTopics(group.getValue()).allTopicNames().get()
                        .values().stream().flatMap(topic -> topic.partitions().stream()
                                .map(info -> new TopicPartition(topic.name(), info.partition())))
                        .toList();
                if (!ConsumerOffsets.committedToEnd(admin, group.getKey(), partitions)) {
                    return false;
                }
            }
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private boolean outboxesEmpty() {
        return system.services.stream().allMatch(service -> system.count(service.database(),
                "select count(*) from outbox_message") == 0);
    }

    /**
     * Some effects follow a schedule rather than an event (mails are sent, channels created, every few seconds):
     * wait until each expected one is there, or the patience is over and the report names what is missing.
     */
    private void awaitEveryEffect() {
        try {
            await().atMost(SETTLE).pollInterval(Duration.ofSeconds(2)).until(() -> {
                Map<String, Map<String, Set<String>>> found = effects();
                return phases.stream().flatMap(phase -> phase.expected().stream()).allMatch(effect -> effect.keys()
                        .stream().allMatch(key -> found.getOrDefault(effect.effect(), Map.of()).containsKey(key)
                                || found.getOrDefault(effect.effect() + UNKNOWN, Map.of()).containsKey(key)));
            });
        } catch (ConditionTimeoutException e) {
            System.out.println("[faults] not every expected effect appeared within " + SETTLE.toMinutes() + " min");
        }
    }

    private void report(List<Poison> poisons) throws MessagingException {
        Map<String, Map<String, Set<String>>> found = effects();
        System.out.println();
        System.out.printf("[faults] %-100s %6s %11s %8s %6s %10s %8s %15s%n", "fault", "events", "redelivered",
                "expected", "found", "duplicated", "missing", "outcome unknown");
        List<String> problems = new ArrayList<>();
        for (Phase phase : phases) {
            int expected = 0;
            int present = 0;
            int duplicated = 0;
            int missing = 0;
            int unknown = 0;
            for (Expected effect : phase.expected()) {
                Map<String, Set<String>> byKey = found.getOrDefault(effect.effect(), Map.of());
                Map<String, Set<String>> unknownByKey = found.getOrDefault(effect.effect() + UNKNOWN, Map.of());
                for (String key : effect.keys()) {
                    int times = byKey.getOrDefault(key, Set.of()).size();
                    expected++;
                    present += times == 0 ? 0 : 1;
                    if (times == 0 && unknownByKey.containsKey(key)) {
                        unknown++;
                        continue;
                    }
                    if (times > 1) {
                        duplicated++;
                        problems.add(effect.effect() + " of " + key + " happened " + times + " times");
                    } else if (times == 0) {
                        missing++;
                        problems.add(effect.effect() + " of " + key + " is missing");
                    }
                }
            }
            System.out.printf("[faults] %-100s %6d %11d %8d %6d %10d %8d %15d%n", phase.fault(), phase.eventsIn(),
                    phase.redelivered(), expected, present, duplicated, missing, unknown);
        }
        problems.addAll(deadLetterProblems(poisons));
        problems.addAll(mailProblems());
        System.out.println("[faults] consumer lag 0 and every outbox empty: " + (caughtUp() && outboxesEmpty()));
        problems.stream().limit(30).forEach(problem -> System.out.println("[faults] PROBLEM " + problem));
        assertThat(problems).isEmpty();
        assertThat(caughtUp() && outboxesEmpty()).isTrue();
    }

    /** Effect kind -> key -> the distinct event ids that announced it (more than one is a doubled effect). */
    private static Map<String, Map<String, Set<String>>> effects() {
        Map<String, Map<String, Set<String>>> found = new HashMap<>();
        for (EventEnvelope<SeamlessEvent> event : TestKafka.events(Topics.TRIAGE_EVENTS)) {
            if (event.data() instanceof SAAssigned assigned) {
                record(found, "SAAssigned", assigned.requestId(), event.id());
            }
        }
        for (EventEnvelope<SeamlessEvent> event : TestKafka.events(Topics.HANDOFF_EVENTS)) {
            if (event.data() instanceof HandoffStarted handoff) {
                record(found, "HandoffStarted", handoff.accountId(), event.id());
            }
        }
        for (EventEnvelope<SeamlessEvent> event : TestKafka.events(Topics.SLACK_EVENTS)) {
            if (event.data() instanceof SlackChannelCreated created) {
                record(found, "SlackChannelCreated", created.accountId(), event.id());
            }
        }
        for (EventEnvelope<SeamlessEvent> event : TestKafka.events(Topics.NOTIFICATION_EVENTS)) {
            if (event.data() instanceof NotificationSent sent) {
                mailEffect(sent.template()).ifPresent(effect -> record(found, effect, sent.accountId(),
                        sent.notificationId()));
            } else if (event.data() instanceof NotificationFailed failed
                    && failed.reason().startsWith("delivery outcome unknown")) {
                // a kill -9 while SMTP had the mail: at most once, so it is reported, not sent again
                mailEffect(failed.template()).ifPresent(effect -> record(found, effect + UNKNOWN, failed.accountId(),
                        failed.notificationId()));
            }
        }
        return found;
    }

    private static Optional<String> mailEffect(String template) {
        if (template.equals("digital-onboarding")) {
            return Optional.of("digital-onboarding mail");
        }
        return template.startsWith("post-sales-redirect") ? Optional.of("post-sales redirect mail") : Optional.empty();
    }

    private static void record(Map<String, Map<String, Set<String>>> found, String effect, String key, String id) {
        found.computeIfAbsent(effect, ignored -> new HashMap<>()).computeIfAbsent(key, ignored -> new HashSet<>())
                .add(id);
    }

    private static List<String> deadLetterProblems(List<Poison> poisons) {
        List<String> problems = new ArrayList<>();
        Map<String, List<ConsumerRecord<String, byte[]>>> deadLetters = new HashMap<>();
        for (String topic : Topics.INBOUND) {
            deadLetters.put(topic, TestKafka.records(Topics.deadLetterOf(topic)));
        }
        System.out.println();
        for (Poison poison : poisons) {
            List<ConsumerRecord<String, byte[]>> copies = deadLetters.get(poison.topic()).stream()
                    .filter(record -> poison.key().equals(record.key())).toList();
            String reason = copies.isEmpty() ? "-" : TestKafka.header(copies.get(0), DeadLetters.REASON);
            System.out.printf("[faults] poison %-32s on %-22s dead-lettered %d times: %s%n", poison.kind(),
                    poison.topic(), copies.size(), reason.length() > 90 ? reason.substring(0, 90) + "..." : reason);
            if (copies.isEmpty() || reason.isBlank()) {
                problems.add("poison record '" + poison.kind() + "' is not on " + Topics.deadLetterOf(poison.topic()));
            }
        }
        Set<String> poisonKeys = poisons.stream().map(Poison::key).collect(Collectors.toSet());
        List<String> valid = deadLetters.values().stream().flatMap(List::stream)
                .filter(record -> !poisonKeys.contains(record.key()))
                .map(record -> record.key() + " on " + record.topic() + ": "
                        + TestKafka.header(record, DeadLetters.REASON))
                .toList();
        valid.forEach(record -> problems.add("a valid record was dead-lettered: " + record));
        return problems;
    }

    /** No mail went out twice: each recipient got each subject once. */
    private static List<String> mailProblems() throws MessagingException {
        Map<String, Integer> sent = new HashMap<>();
        Set<String> messageIds = new HashSet<>();
        for (MimeMessage message : SmtpSink.messages()) {
            if (!messageIds.add(message.getMessageID() + message.getRecipients(Message.RecipientType.TO)[0])) {
                continue;
            }
            for (var recipient : message.getRecipients(Message.RecipientType.TO)) {
                sent.merge(recipient + " | " + message.getSubject(), 1, Integer::sum);
            }
        }
        System.out.println("[faults] mails received by the SMTP sink: " + sent.size() + " distinct (recipient,"
                + " subject)");
        return sent.entrySet().stream().filter(entry -> entry.getValue() > 1)
                .map(entry -> "mail sent " + entry.getValue() + " times: " + entry.getKey()).toList();
    }

    private static List<String> keys(List<Integer> accounts, IntFunction<String> key) {
        return accounts.stream().map(key::apply).toList();
    }

    /** The outage lasts this long: the condition awaited is time itself. */
    private static void pause(Duration outage) {
        long until = System.nanoTime() + outage.toNanos();
        await().atMost(outage.plusSeconds(5)).pollInterval(Duration.ofMillis(500))
                .until(() -> System.nanoTime() >= until);
    }

    /** Publishes events, and republishes every fifth with the same id (every tenth twice), as a CRM's retry would. */
    private static final class Redeliveries {
        private int count;

        int publish(List<Integer> accounts, Function<Integer, SeamlessEvent> event) {
            int in = 0;
            for (int account : accounts) {
                EventEnvelope<SeamlessEvent> published = TestKafka.publish(event.apply(account));
                in++;
                int copies = account % 10 == 0 ? 2 : account % 5 == 0 ? 1 : 0;
                for (int copy = 0; copy < copies; copy++) {
                    TestKafka.publish(published);
                    in++;
                    count++;
                }
            }
            return in;
        }
    }
}
