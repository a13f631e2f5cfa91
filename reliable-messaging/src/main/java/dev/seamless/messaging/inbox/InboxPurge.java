package dev.seamless.messaging.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Forgets inbox entries older than {@code seamless.inbox.retention}, in small transactions. An event can only be
 * redelivered while its topic still holds it, so the retention must be longer than the topics' retention (Kafka's
 * default is 7 days); then nothing that can come back is forgotten, and the table stops growing.
 */
@ApplicationScoped
public class InboxPurge {

    private static final Logger LOG = Logger.getLogger(InboxPurge.class);

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "seamless.inbox.retention", defaultValue = "P30D")
    Duration retention;

    @ConfigProperty(name = "seamless.inbox.purge-batch-size", defaultValue = "10000")
    int batchSize;

    @Scheduled(every = "${seamless.inbox.purge-every:1h}", delayed = "${seamless.inbox.purge-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        long purged = purge();
        if (purged > 0) {
            LOG.infof("Purged %d inbox entries older than %s", purged, retention);
        }
    }

    /** @return how many entries were forgotten */
    public long purge() {
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                    delete from inbox_message where ctid in (
                        select ctid from inbox_message
                        where received_at < now() - make_interval(secs => ?1)
                        limit ?2)""")
                    .setParameter(1, (double) retention.toSeconds())
                    .setParameter(2, batchSize)
                    .executeUpdate());
            total += deleted;
        } while (deleted == batchSize);
        return total;
    }
}
