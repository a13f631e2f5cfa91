package dev.seamless.messaging;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.events.handoff.HandoffCompleted;
import dev.seamless.messaging.consume.EventBatchProcessor;
import dev.seamless.messaging.consume.EventHandler;
import dev.seamless.messaging.outbox.Outbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The test service's consumer and handler: each applied {@code AccountUpdated} leaves one effect row and one outgoing
 * event in the same transaction. An account named {@code poison} makes the handler fail, as a bug or a constraint
 * would.
 */
@ApplicationScoped
public class EffectRecorder implements EventHandler {

    /** The test service's name (quarkus.application.name), which the batch processor uses as the consumer. */
    static final String CONSUMER = "messaging-test";
    static final String POISON = "poison";
    /** An account named so fails twice, for no reason the failure tells, then applies: a passing fault. */
    static final String FLAKY = "flaky";
    /** An account named so fails every time, for no reason the failure tells: a bug, say. */
    static final String BROKEN = "broken";
    /** An account named {@code huge-N} publishes an event with a handoff id of N characters. */
    static final String HUGE = "huge-";

    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    @Inject
    EventBatchProcessor processor;

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Incoming("accounts")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        processor.process(records, this);
    }

    @Incoming("custom")
    @Blocking
    public void consumeCustom(ConsumerRecords<String, byte[]> records) {
        processor.process(records, this);
    }

    @Override
    public void handle(EventEnvelope<SeamlessEvent> event) {
        if (!(event.data() instanceof AccountUpdated account)) {
            return;
        }
        if (POISON.equals(account.name())) {
            throw new IllegalArgumentException("account name 'poison' is refused by the handler");
        }
        int attempt = attempts.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        if ((FLAKY.equals(account.name()) && attempt <= 2) || BROKEN.equals(account.name())) {
            throw new IllegalStateException("attempt " + attempt + " hit something nobody understands");
        }
        entityManager.createNativeQuery("insert into effect (event_id, account_id) values (?1, ?2)")
                .setParameter(1, event.id())
                .setParameter(2, account.accountId())
                .executeUpdate();
        String handoffId = account.name().startsWith(HUGE)
                ? "h-" + "x".repeat(Integer.parseInt(account.name().substring(HUGE.length())))
                : "h-" + event.id();
        outbox.publish(new HandoffCompleted(handoffId, account.accountId(), "TEST", OffsetDateTime.now()));
    }
}
