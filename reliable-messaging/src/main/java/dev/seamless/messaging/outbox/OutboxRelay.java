package dev.seamless.messaging.outbox;

import dev.seamless.events.envelope.EventCodec;
import dev.seamless.messaging.Failures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes outbox messages to Kafka in batches, in the order they were written, and deletes them once the broker
 * acknowledged every record of the batch. A failed batch stays in the outbox and is retried with exponential
 * back-off, so a broker outage or a restart delays events but loses none; a retry after a partial send may publish
 * a record twice, which consumers absorb through their inbox. Only one instance relays at a time (a PostgreSQL
 * advisory lock), which keeps the order when the service is scaled out.
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

    void start(@Observes StartupEvent startup) {
        published = registry.counter("seamless.outbox.published");
        failedBatches = registry.counter("seamless.outbox.failed.batches");
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
            int count;
            try {
                count = QuarkusTransaction.requiringNew()
                        .timeout((int) sendTimeout.multipliedBy(2).toSeconds())
                        .call(this::publishNextBatch);
                consecutiveFailures = 0;
            } catch (RuntimeException e) {
                consecutiveFailures++;
                failedBatches.increment();
                Duration backoff = backoff(consecutiveFailures);
                LOG.warnf("Outbox relay could not publish (attempt %d, next in %d ms): %s",
                        consecutiveFailures, backoff.toMillis(), Failures.describe(e));
                pause(backoff);
                continue;
            }
            if (count < batchSize) {
                awaitWork();
            }
        }
    }

    /** @return how many messages were published */
    int publishNextBatch() throws Exception {
        Object locked = entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK_KEY)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        List<OutboxMessage> batch = OutboxMessage.<OutboxMessage>find("order by id").page(0, batchSize).list();
        if (batch.isEmpty()) {
            return 0;
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
        for (Future<RecordMetadata> send : sends) {
            send.get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        List<Long> ids = batch.stream().map(message -> message.id).toList();
        OutboxMessage.delete("id in ?1", ids);
        published.increment(batch.size());
        return batch.size();
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
