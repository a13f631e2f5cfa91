package dev.seamless.handoff.handoff;

import dev.seamless.messaging.locks.TransactionLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * One PostgreSQL advisory lock, held until the end of the transaction, that every transaction changing handoffs or
 * tasks takes first (event batches, API actions, the overdue check), in every instance of the service.
 * <p>
 * Why: events about the same handoff arrive on different topics at the same time (an account on crm.accounts, its
 * opportunity on crm.opportunities, a person on directory.people). Taken one after the other, each transaction sees
 * what the previous one committed, so a person or account that becomes known while a handoff is being started is
 * never missed, and no update overwrites another. Handoffs are business events, a few per account and day; a
 * transaction applies a whole batch of events, so one writer at a time is not the bottleneck.
 */
@ApplicationScoped
public class ChangeLock {

    /** Arbitrary constant naming the lock within handoff-service's own database. */
    private static final long KEY = 0x4a4d0ff5L;

    @Inject
    TransactionLocks locks;

    @Transactional(Transactional.TxType.MANDATORY)
    public void acquire() {
        locks.hold(KEY);
    }
}
