package dev.seamless.messaging.outbox;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.envelope.EventCodec;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.messaging.locks.TransactionLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records outgoing events in the caller's transaction, so that an event exists if and only if the state change that
 * caused it was committed. The {@link OutboxRelay} publishes them; committing wakes it up at once.
 */
@ApplicationScoped
public class Outbox {

    /** First half of the two-part advisory lock keys of message keys (arbitrary, constant). */
    private static final int KEY_LOCK_NAMESPACE = 0x5ea1;

    private final EventCodec codec = new EventCodec();

    @Inject
    OutboxRelay relay;

    @Inject
    Clock clock;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    TransactionLocks locks;

    @ConfigProperty(name = "seamless.events.source")
    URI source;

    /**
     * The largest event the outbox takes, below the broker's default record limit (1 MiB) with room for headers: a
     * larger one could never be published.
     */
    @ConfigProperty(name = "seamless.outbox.max-event-bytes", defaultValue = "524288")
    int maxEventBytes;

    /**
     * Adds an event to the outbox of the current transaction.
     *
     * @return the envelope, whose {@code id} is the event id consumers deduplicate on
     * @throws IllegalArgumentException when the event is larger than {@code seamless.outbox.max-event-bytes}: the
     *                                  caller's transaction rolls back, and a consumed record that caused it is
     *                                  dead-lettered with this reason
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends SeamlessEvent> EventEnvelope<T> publish(T event) {
        EventEnvelope<T> envelope = EventEnvelope.wrap(source, event, clock);
        byte[] payload = codec.encode(envelope);
        if (payload.length > maxEventBytes) {
            throw new IllegalArgumentException(envelope.type() + " of " + envelope.key() + " would be " + payload.length
                    + " bytes, more than the " + maxEventBytes
                    + " an event may have (seamless.outbox.max-event-bytes)");
        }
        // transactions publishing events of the same account take turns, so the outbox ids, and with them the
        // relay's publishing order, follow the order in which they commit
        locks.hold(KEY_LOCK_NAMESPACE, envelope.key());
        OutboxMessage message = new OutboxMessage();
        message.eventId = envelope.id();
        message.topic = envelope.topic();
        message.messageKey = envelope.key();
        message.eventType = envelope.type();
        message.payload = new String(payload, StandardCharsets.UTF_8);
        message.createdAt = OffsetDateTime.now(clock);
        message.persist();
        if (transactions.getResource(WakeRelayOnCommit.class) == null) {
            transactions.putResource(WakeRelayOnCommit.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new WakeRelayOnCommit(relay));
        }
        return envelope;
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
