package dev.seamless.messaging.outbox;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.envelope.EventCodec;
import dev.seamless.events.envelope.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records outgoing events in the caller's transaction, so that an event exists if and only if the state change that
 * caused it was committed. The {@link OutboxRelay} publishes them; committing wakes it up at once.
 */
@ApplicationScoped
public class Outbox {

    /** First half of the two-part advisory lock keys of message keys (arbitrary, constant). */
    private static final int KEY_LOCK_NAMESPACE = 0x5ea1;
    private static final Object HELD_KEYS = Outbox.class.getName() + ".heldKeys";

    private final EventCodec codec = new EventCodec();

    @Inject
    OutboxRelay relay;

    @Inject
    Clock clock;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "seamless.events.source")
    URI source;

    /**
     * Adds an event to the outbox of the current transaction.
     *
     * @return the envelope, whose {@code id} is the event id consumers deduplicate on
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends SeamlessEvent> EventEnvelope<T> publish(T event) {
        EventEnvelope<T> envelope = EventEnvelope.wrap(source, event, clock);
        holdKeyUntilCommit(envelope.key());
        OutboxMessage message = new OutboxMessage();
        message.eventId = envelope.id();
        message.topic = envelope.topic();
        message.messageKey = envelope.key();
        message.eventType = envelope.type();
        message.payload = new String(codec.encode(envelope), StandardCharsets.UTF_8);
        message.createdAt = OffsetDateTime.now(clock);
        message.persist();
        transactions.registerInterposedSynchronization(new WakeRelayOnCommit(relay));
        return envelope;
    }

    /**
     * Two transactions that publish events for the same key (account) take turns: the second waits until the first
     * commits, so their outbox ids, and therefore the relay's publishing order, follow their commit order. Without
     * it, a later id could commit first and be published before an earlier event of the same account.
     */
    @SuppressWarnings("unchecked")
    private void holdKeyUntilCommit(String key) {
        Set<String> held = (Set<String>) transactions.getResource(HELD_KEYS);
        if (held == null) {
            held = new HashSet<>();
            transactions.putResource(HELD_KEYS, held);
        }
        if (held.add(key)) {
            entityManager.createNativeQuery("select pg_advisory_xact_lock(?1, hashtext(?2))")
                    .setParameter(1, KEY_LOCK_NAMESPACE)
                    .setParameter(2, key)
                    .getSingleResult();
        }
    }

    private record WakeRelayOnCommit(OutboxRelay relay) implements Synchronization {

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wakeUp();
            }
        }
    }
}
