package dev.seamless.messaging.outbox;

import dev.seamless.events.envelope.EventCodec;
import dev.seamless.messaging.Failures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes outbox messages to Kafka in batches, in the order they were written, and deletes each once the broker
 * acknowledged it. When a send fails for a while (a broker outage, a restart), what was acknowledged before it is
 * deleted and the rest stays in the outbox, retried with exponential back-off: events are delayed, never lost; a
 * retry may publish a record twice, which consumers absorb through their inbox. A message the broker refuses for
 * good (too large, an invalid record) is set aside with the reason, counted ({@code seamless.outbox.set.aside}) and
 * logged as an error, and the messages after it go on. Only one instance relays at a time (a PostgreSQL advisory
 * lock), which keeps the order when the service is scaled out. Gauges tell the outbox's depth and the age of its
 * oldest message.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary constant naming the relay's advisory lock within the service's own database. */
    private static final long RELAY_LOCK_KEY = 0x5ea41e55L;

    @Inject
    EntityManager entityManager;

    @Inject
    Producer<String, byte[]> producer;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "seamless.outbox.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "seamless.outbox.batch-size", defaultValue = "500")
    int batchSize;

    @ConfigProperty(name = "seamless.outbox.poll-interval", defaultValue = "PT1S")
    Duration pollInterval;

    @ConfigProperty(name = "seamless.outbox.initial-backoff", defaultValue = "PT0.2S")
    Duration initialBackoff;

    @ConfigProperty(name = "seamless.outbox.max-backoff", defaultValue = "PT30S")
    Duration maxBackoff;

    @ConfigProperty(name = "seamless.outbox.send-timeout", defaultValue = "PT30S")
    Duration sendTimeout;

    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private Counter published;
    private Counter failedBatches;
    private Counter setAside;
    private final AtomicLong depth = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();

    void start(@Observes StartupEvent startup) {
        published = registry.counter("seamless.outbox.published");
        failedBatches = registry.counter("seamless.outbox.failed.batches");
        setAside = registry.counter("seamless.outbox.set.aside");
        registry.gauge("seamless.outbox.depth", depth);
        registry.gauge("seamless.outbox.oldest.age.seconds", oldestAgeSeconds);
        if (!enabled) {
            LOG.info("Outbox relay disabled (seamless.outbox.enabled=false)");
            return;
        }
        running = true;
        worker = new Thread(this::relayUntilStopped, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (worker != null) {
            wakeUps.release();
            worker.join(sendTimeout.toMillis());
        }
    }

    /** Asks the relay to look at the outbox now instead of at its next poll. */
    public void wakeUp() {
        wakeUps.release();
    }

    private void relayUntilStopped() {
        int consecutiveFailures = 0;
        while (running) {
            Pass pass;
            try {
                pass = QuarkusTransaction.requiringNew()
                        .timeout((int) sendTimeout.multipliedBy(2).toSeconds())
                        .call(this::publishNextBatch);
            } catch (RuntimeException e) {
                pass = new Pass(0, e);
            }
            if (pass.failure() != null) {
                consecutiveFailures++;
                failedBatches.increment();
                Duration backoff = backoff(consecutiveFailures);
                LOG.warnf("Outbox relay could not publish everything (attempt %d, %d sent, next in %d ms): %s",
                        consecutiveFailures, pass.moved(), backoff.toMillis(), Failures.describe(pass.failure()));
                pause(backoff);
                continue;
            }
            consecutiveFailures = 0;
            if (pass.moved() < batchSize) {
                awaitWork();
            }
        }
    }

    /** What one pass did: how many messages left the outbox, and the failure that stopped it early, if any. */
    record Pass(int moved, Exception failure) {
    }

    /**
     * Sends the next batch and, in the same transaction, deletes what the broker acknowledged and sets aside what it
     * refused for good. A send that fails for a while ends the pass: it and what follows stay for the next one.
     */
    Pass publishNextBatch() {
        Object locked = entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK_KEY)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return new Pass(0, null);
        }
        List<OutboxMessage> batch = OutboxMessage.<OutboxMessage>find("setAsideAt is null order by id")
                .page(0, batchSize).list();
        if (batch.isEmpty()) {
            return new Pass(0, null);
        }
        List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
        for (OutboxMessage message : batch) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(message.topic, message.messageKey,
                    message.payload.getBytes(StandardCharsets.UTF_8));
            record.headers().add(new RecordHeader("content-type",
                    EventCodec.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)));
            sends.add(producer.send(record));
        }
        producer.flush();
        List<Long> acknowledged = new ArrayList<>(batch.size());
        int setAsideNow = 0;
        Exception failure = null;
        for (int i = 0; i < batch.size() && failure == null; i++) {
            try {
                sends.get(i).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
                acknowledged.add(batch.get(i).id);
            } catch (ExecutionException e) {
                if (isRefusedForGood(e.getCause())) {
                    setAside(batch.get(i), Failures.describe(e.getCause()));
                    setAsideNow++;
                } else {
                    failure = e;
                }
            } catch (TimeoutException e) {
                failure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = e;
            }
        }
        if (!acknowledged.isEmpty()) {
            OutboxMessage.delete("id in ?1", acknowledged);
            published.increment(acknowledged.size());
        }
        return new Pass(acknowledged.size() + setAsideNow, failure);
    }

    /**
     * A refusal that no retry changes: the record itself is wrong for the broker (too large, invalid, not
     * serialisable). Outages, timeouts and refused credentials are not: they pass, or an operator fixes them.
     */
    private static boolean isRefusedForGood(Throwable failure) {
        return failure instanceof KafkaException && !(failure instanceof RetriableException)
                && !(failure instanceof AuthenticationException) && !(failure instanceof AuthorizationException)
                && (failure instanceof RecordTooLargeException || failure instanceof InvalidRecordException
                        || failure instanceof SerializationException || failure instanceof InvalidTopicException
                        || failure instanceof RecordBatchTooLargeException);
    }

    private void setAside(OutboxMessage message, String reason) {
        message.setAsideAt = OffsetDateTime.now();
        message.setAsideReason = reason;
        setAside.increment();
        LOG.errorf("Outbox message %d (%s %s, key %s) set aside, the broker refuses it for good: %s. The messages"
                + " after it go on; the row stays in outbox_message for an operator.", message.id, message.eventType,
                message.eventId, message.messageKey, reason);
    }

    /** Refreshes the depth and age gauges; read by the metrics endpoint. */
    @Scheduled(every = "${seamless.outbox.metrics-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measure() {
        QuarkusTransaction.requiringNew().run(() -> {
            Object[] row = (Object[]) entityManager.createNativeQuery("""
                    select count(*), coalesce(extract(epoch from now() - min(created_at)), 0)
                    from outbox_message where set_aside_at is null""").getSingleResult();
            depth.set(((Number) row[0]).longValue());
            oldestAgeSeconds.set(((Number) row[1]).longValue());
        });
    }

    private Duration backoff(int consecutiveFailures) {
        long millis = initialBackoff.toMillis() << Math.min(consecutiveFailures - 1, 16);
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }

    private void awaitWork() {
        try {
            wakeUps.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
            wakeUps.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
