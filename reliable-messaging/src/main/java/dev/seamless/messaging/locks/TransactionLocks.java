package dev.seamless.messaging.locks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.Set;

/**
 * PostgreSQL advisory locks held until the current transaction ends, for transactions that must take turns (a
 * service's decisions, the events of one account). Each lock is asked of the database once per transaction, however
 * often a batch of events takes it, and taking it never flushes the persistence context: a lock needs no pending
 * change written first.
 */
@ApplicationScoped
public class TransactionLocks {

    private static final Object HELD = TransactionLocks.class.getName() + ".held";

    @Inject
    EntityManager entityManager;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Waits for, then holds, the lock named by {@code key}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hold(long key) {
        if (firstTimeInThisTransaction(key)) {
            entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) as locked")
                    .setParameter(1, key)
                    .setFlushMode(FlushModeType.COMMIT)
                    .getSingleResult();
        }
    }

    /** Waits for, then holds, the lock of {@code name} (e.g. an account id) within a namespace of the caller's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hold(int namespace, String name) {
        if (firstTimeInThisTransaction(namespace + ":" + name)) {
            entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1, hashtext(?2))) as locked")
                    .setParameter(1, namespace)
                    .setParameter(2, name)
                    .setFlushMode(FlushModeType.COMMIT)
                    .getSingleResult();
        }
    }

    @SuppressWarnings("unchecked")
    private boolean firstTimeInThisTransaction(Object lock) {
        Set<Object> held = (Set<Object>) transactions.getResource(HELD);
        if (held == null) {
            held = new HashSet<>();
            transactions.putResource(HELD, held);
        }
        return held.add(lock);
    }
}
