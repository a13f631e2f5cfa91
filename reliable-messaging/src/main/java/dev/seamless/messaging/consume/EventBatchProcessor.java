package dev.seamless.messaging.consume;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.envelope.EventCodec;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.events.envelope.InvalidEventException;
import dev.seamless.messaging.Failures;
import dev.seamless.messaging.inbox.Inbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Applies a batch of Kafka records with exactly-once effects:
 * <ol>
 * <li>every record is decoded and validated first; an invalid one goes to the dead-letter topic on its own;</li>
 * <li>the valid ones are applied in one database transaction, each only if the inbox has not seen its event id;</li>
 * <li>if that transaction fails because of one record, the records are retried one per transaction, so only the
 * failing record is dead-lettered and its neighbours are applied;</li>
 * <li>if it fails because the database is unreachable, the whole batch is retried with back-off until it is back,
 * and nothing is dead-lettered for an outage.</li>
 * </ol>
 * The caller acknowledges the batch (commits offsets) only after this returns.
 */
@ApplicationScoped
public class EventBatchProcessor {

    private static final Logger LOG = Logger.getLogger(EventBatchProcessor.class);

    private final EventCodec codec = new EventCodec();

    @Inject
    Inbox inbox;

    @Inject
    DeadLetters deadLetters;

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    /** Events applied between two flushes of the batch's persistence context. */
    @ConfigProperty(name = "seamless.consumer.flush-every", defaultValue = "50")
    int flushEvery;

    @ConfigProperty(name = "seamless.consumer.initial-backoff", defaultValue = "PT0.2S")
    Duration initialBackoff;

    @ConfigProperty(name = "seamless.consumer.max-backoff", defaultValue = "PT30S")
    Duration maxBackoff;

    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    private record Decoded(ConsumerRecord<String, byte[]> record, EventEnvelope<SeamlessEvent> event) {
    }

    /**
     * Applies the records with the service's name ({@code quarkus.application.name}, also its consumer group) as the
     * consumer: the inbox, the dead-letter headers and the metrics name it.
     */
    public void process(Iterable<ConsumerRecord<String, byte[]>> records, EventHandler handler) {
        process(applicationName, records, handler);
    }

    private void process(String consumer, Iterable<ConsumerRecord<String, byte[]>> records, EventHandler handler) {
        List<Decoded> valid = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                valid.add(new Decoded(record, codec.decode(record.headers(), record.value())));
            } catch (InvalidEventException e) {
                deadLetter(consumer, record, "unknown", e.getMessage());
            }
        }
        if (valid.isEmpty()) {
            return;
        }
        registry.summary("seamless.consumer.batch.size", "consumer", consumer).record(valid.size());
        Timer.Sample batchTime = Timer.start(registry);
        try {
            untilNoOutage(consumer, () -> applyInOneTransaction(consumer, valid, handler));
        } catch (RecordFailure batchFailure) {
            LOG.debugf("Batch of %d failed (%s); applying its records one by one", valid.size(),
                    batchFailure.getMessage());
            for (Decoded decoded : valid) {
                try {
                    untilNoOutage(consumer, () -> applyInOneTransaction(consumer, List.of(decoded), handler));
                } catch (RecordFailure recordFailure) {
                    deadLetter(consumer, decoded.record(), decoded.event().type(), recordFailure.getMessage());
                }
            }
        } finally {
            batchTime.stop(registry.timer("seamless.consumer.batch.duration", "consumer", consumer));
        }
    }

    private void applyInOneTransaction(String consumer, List<Decoded> batch, EventHandler handler) {
        QuarkusTransaction.requiringNew().run(() -> {
            Set<String> fresh = inbox.claim(consumer, batch.stream().map(Decoded::event).toList());
            int appliedSinceFlush = 0;
            for (Decoded decoded : batch) {
                EventEnvelope<SeamlessEvent> event = decoded.event();
                // remove: a batch may hold the same event twice; only its first copy is applied
                if (!fresh.remove(event.id())) {
                    count(consumer, event.type(), "duplicate");
                    continue;
                }
                handler.handle(event);
                count(consumer, event.type(), "applied");
                if (++appliedSinceFlush == flushEvery) {
                    // every query dirty-checks the whole persistence context: keep it small in large batches
                    entityManager.flush();
                    entityManager.clear();
                    appliedSinceFlush = 0;
                }
            }
        });
    }

    /** Runs the work, retrying it for as long as the failure is an outage; a record's own failure is thrown. */
    private void untilNoOutage(String consumer, Runnable work) {
        int attempt = 0;
        while (true) {
            try {
                work.run();
                return;
            } catch (RuntimeException e) {
                if (!Failures.isTransient(e)) {
                    throw new RecordFailure(Failures.describe(e), e);
                }
                if (stopping) {
                    throw e;
                }
                attempt++;
                registry.counter("seamless.consumer.outage.retries", "consumer", consumer).increment();
                long millis = Math.min(initialBackoff.toMillis() << Math.min(attempt - 1, 16),
                        maxBackoff.toMillis());
                LOG.warnf("Outage while applying events (attempt %d, retrying in %d ms): %s", attempt, millis,
                        Failures.describe(e));
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** @param type the event type when the record could be decoded, else {@code unknown} */
    private void deadLetter(String consumer, ConsumerRecord<String, byte[]> record, String type, String reason) {
        LOG.warnf("Dead-lettering %s/%d@%d for %s: %s", record.topic(), record.partition(), record.offset(),
                consumer, reason);
        untilNoOutage(consumer, () -> deadLetters.send(consumer, record, reason));
        count(consumer, type, "dead_lettered");
    }

    private void count(String consumer, String type, String outcome) {
        registry.counter("seamless.consumer.events", "consumer", consumer, "type", type, "outcome", outcome)
                .increment();
    }

    /** A failure caused by a record (not an outage): retried alone, then dead-lettered. */
    private static final class RecordFailure extends RuntimeException {
        RecordFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
