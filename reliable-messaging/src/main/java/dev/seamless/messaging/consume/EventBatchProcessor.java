package dev.seamless.messaging.consume;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.Topics;
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
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Applies a batch of Kafka records with exactly-once effects:
 * <ol>
 * <li>every record is decoded and validated first, and must have come on its type's topic with its account's (or
 * person's) key; one that does not goes to the dead-letter topic on its own;</li>
 * <li>the valid ones are applied in one database transaction, each only if the inbox has not seen its event (by
 * source and id);</li>
 * <li>if that transaction fails because the database is unreachable or briefly refusing, the whole batch is retried
 * with back-off until it is back, however long that takes, and nothing is dead-lettered for an outage;</li>
 * <li>if it fails for any other reason, the records are retried one per transaction: one the failure blames
 * ({@link Failures.Kind#RECORD}) is dead-lettered at once; one that fails for an unknown reason is tried up to
 * {@code seamless.consumer.max-attempts} times and then dead-lettered with every attempt's failure; its neighbours
 * are applied.</li>
 * </ol>
 * Nothing escapes {@link #process}: an unexpected failure of this machinery is logged and the batch tried again, so
 * the consumer never stops (the inbox makes the repetition harmless). The caller acknowledges the batch (commits
 * offsets) only after this returns.
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

    /** How often a record whose failure has no known cause is tried before it is dead-lettered. */
    @ConfigProperty(name = "seamless.consumer.max-attempts", defaultValue = "5")
    int maxAttempts;

    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    private record Decoded(ConsumerRecord<String, byte[]> record, EventEnvelope<SeamlessEvent> event) {
    }

    /**
     * Applies the records with the service's name ({@code quarkus.application.name}, also its consumer group) as the
     * consumer: the inbox, the dead-letter headers and the metrics name it. Returns only when every record is applied
     * or dead-lettered, or the service is stopping.
     */
    public void process(Iterable<ConsumerRecord<String, byte[]>> records, EventHandler handler) {
        int attempt = 0;
        while (true) {
            try {
                processOnce(applicationName, records, handler);
                return;
            } catch (RuntimeException e) {
                if (stopping) {
                    throw e;
                }
                attempt++;
                registry.counter("seamless.consumer.unexpected.failures", "consumer", applicationName).increment();
                long millis = backoffMillis(attempt);
                LOG.errorf(e, "Could not finish a batch (attempt %d); trying it again in %d ms", attempt, millis);
                pause(millis, e);
            }
        }
    }

    private void processOnce(String consumer, Iterable<ConsumerRecord<String, byte[]>> records,
            EventHandler handler) {
        List<Decoded> valid = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            EventEnvelope<SeamlessEvent> event;
            try {
                event = codec.decode(record.headers(), record.value());
            } catch (InvalidEventException e) {
                deadLetter(consumer, record, "unknown", e.getMessage());
                continue;
            }
            Optional<String> misplaced = misplaced(record, event);
            if (misplaced.isPresent()) {
                deadLetter(consumer, record, event.type(), misplaced.get());
            } else {
                valid.add(new Decoded(record, event));
            }
        }
        if (valid.isEmpty()) {
            return;
        }
        registry.summary("seamless.consumer.batch.size", "consumer", consumer).record(valid.size());
        Timer.Sample batchTime = Timer.start(registry);
        try {
            untilNoOutage(consumer, () -> applyInOneTransaction(consumer, valid, handler));
        } catch (NotAnOutage batchFailure) {
            LOG.debugf("Batch of %d failed (%s); applying its records one by one", valid.size(),
                    batchFailure.getMessage());
            for (Decoded decoded : valid) {
                applyAlone(consumer, decoded, handler);
            }
        } finally {
            batchTime.stop(registry.timer("seamless.consumer.batch.duration", "consumer", consumer));
        }
    }

    /**
     * Why a valid event must not be applied from where it came: on a contract topic only the types the contract puts
     * there may arrive (the support desk may not speak for the people directory), and the record's key must be the
     * event's account or person, or the event would be ordered among another account's.
     */
    private static Optional<String> misplaced(ConsumerRecord<String, byte[]> record,
            EventEnvelope<SeamlessEvent> event) {
        String home = event.topic();
        if (Topics.isContractTopic(record.topic()) && !home.equals(record.topic())) {
            return Optional.of(event.type() + " belongs on topic " + home + ", not on " + record.topic());
        }
        if (!event.key().equals(record.key())) {
            return Optional.of("the record's key " + (record.key() == null ? "is missing" : "'" + record.key() + "'")
                    + " but " + event.type() + " " + event.id() + " must be keyed by '" + event.key() + "'");
        }
        return Optional.empty();
    }

    /**
     * One record in its own transaction: an outage is waited out, a failure that blames the record dead-letters it,
     * and an unexplained one is tried again until {@code maxAttempts}, then dead-lettered with each attempt's failure.
     */
    private void applyAlone(String consumer, Decoded decoded, EventHandler handler) {
        List<String> history = new ArrayList<>();
        while (true) {
            try {
                untilNoOutage(consumer, () -> applyInOneTransaction(consumer, List.of(decoded), handler));
                return;
            } catch (NotAnOutage failure) {
                if (failure.kind == Failures.Kind.RECORD) {
                    deadLetter(consumer, decoded.record(), decoded.event().type(), failure.getMessage());
                    return;
                }
                history.add("attempt " + (history.size() + 1) + ": " + failure.getMessage());
                registry.counter("seamless.consumer.record.retries", "consumer", consumer).increment();
                if (history.size() >= maxAttempts) {
                    deadLetter(consumer, decoded.record(), decoded.event().type(), "failed " + history.size()
                            + " times for no known reason (" + String.join("; ", history) + ")");
                    return;
                }
                long millis = backoffMillis(history.size());
                LOG.warnf("Event %s failed (%s); trying it again in %d ms", decoded.event().id(), failure.getMessage(),
                        millis);
                pause(millis, failure);
            }
        }
    }

    private void applyInOneTransaction(String consumer, List<Decoded> batch, EventHandler handler) {
        QuarkusTransaction.requiringNew().run(() -> {
            Set<Inbox.EventKey> fresh = inbox.claim(consumer, batch.stream().map(Decoded::event).toList());
            int appliedSinceFlush = 0;
            for (Decoded decoded : batch) {
                EventEnvelope<SeamlessEvent> event = decoded.event();
                // remove: a batch may hold the same event twice; only its first copy is applied
                if (!fresh.remove(Inbox.EventKey.of(event))) {
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

    /** Runs the work, retrying it for as long as the failure is an outage; any other failure is thrown. */
    private void untilNoOutage(String consumer, Runnable work) {
        int attempt = 0;
        while (true) {
            try {
                work.run();
                return;
            } catch (RuntimeException e) {
                Failures.Kind kind = Failures.classify(e);
                if (kind != Failures.Kind.OUTAGE) {
                    throw new NotAnOutage(kind, Failures.describe(e), e);
                }
                if (stopping) {
                    throw e;
                }
                attempt++;
                registry.counter("seamless.consumer.outage.retries", "consumer", consumer).increment();
                long millis = backoffMillis(attempt);
                LOG.warnf("Outage while applying events (attempt %d, retrying in %d ms): %s", attempt, millis,
                        Failures.describe(e));
                pause(millis, e);
            }
        }
    }

    private long backoffMillis(int attempt) {
        return Math.min(initialBackoff.toMillis() << Math.min(attempt - 1, 16), maxBackoff.toMillis());
    }

    private static void pause(long millis, RuntimeException failure) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    /** @param type the event type when the record could be decoded, else {@code unknown} */
    private void deadLetter(String consumer, ConsumerRecord<String, byte[]> record, String type, String reason) {
        LOG.warnf("Dead-lettering %s/%d@%d for %s: %s", record.topic(), record.partition(), record.offset(),
                consumer, reason);
        untilNoOutage(consumer, () -> deadLetters.send(consumer, record, reason));
        count(consumer, type, "dead_lettered");
        registry.counter("seamless.consumer.dead.letters", "consumer", consumer, "topic", record.topic()).increment();
    }

    private void count(String consumer, String type, String outcome) {
        registry.counter("seamless.consumer.events", "consumer", consumer, "type", type, "outcome", outcome)
                .increment();
    }

    /** A failure that is not an outage, with what it says about the record. */
    private static final class NotAnOutage extends RuntimeException {
        private final Failures.Kind kind;

        NotAnOutage(Failures.Kind kind, String message, Throwable cause) {
            super(message, cause);
            this.kind = kind;
        }
    }
}
