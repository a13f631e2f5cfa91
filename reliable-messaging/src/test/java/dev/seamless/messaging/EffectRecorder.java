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
        entityManager.createNativeQuery("insert into effect (event_id, account_id) values (?1, ?2)")
                .setParameter(1, event.id())
                .setParameter(2, account.accountId())
                .executeUpdate();
        outbox.publish(new HandoffCompleted("h-" + event.id(), account.accountId(), "TEST", OffsetDateTime.now()));
    }
}
