package dev.seamless.triage.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Triage decisions read what other decisions write: the SMB limits count the account's engagements, an exception
 * needs the other approver's approval, capacity and round robin read every SA's workload and last assignment, even
 * across accounts. So every transaction that changes triage requests holds this lock until it ends (a PostgreSQL
 * transaction-level advisory lock, which also spans instances of the service), and decisions are taken one at a
 * time.
 *
 * <p>Take it first, before reading what the decision depends on and before any row or outbox key lock: always taken
 * in the same order, the locks cannot deadlock. Taking it again in the same transaction is harmless.
 */
@ApplicationScoped
public class DecisionLock {

    /** The two keys of the advisory lock (arbitrary, constant), e.g. to see who waits for it in {@code pg_locks}. */
    public static final int NAMESPACE = 0x7219;
    public static final int KEY = 1;

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public void acquire() {
        entityManager.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1, ?2)) locked")
                .setParameter(1, NAMESPACE).setParameter(2, KEY).getSingleResult();
    }
}
