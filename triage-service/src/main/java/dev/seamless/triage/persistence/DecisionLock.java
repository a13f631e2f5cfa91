package dev.seamless.triage.persistence;

import dev.seamless.messaging.locks.TransactionLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    /** The advisory lock's key (arbitrary, constant), e.g. to see who waits for it in {@code pg_locks}. */
    public static final long KEY = 0x7219_0001L;

    @Inject
    TransactionLocks locks;

    @Transactional(Transactional.TxType.MANDATORY)
    public void acquire() {
        locks.hold(KEY);
    }
}
