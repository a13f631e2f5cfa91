package dev.seamless.messaging.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Remembers which event ids a consumer has applied. Claiming happens in the transaction that applies the event, so
 * the event's effects and its inbox row commit or roll back together.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager entityManager;

    /** @return true the first time this consumer sees the event id, false on every redelivery */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String consumer, String eventId, String eventType) {
        int inserted = entityManager.createNativeQuery("""
                insert into inbox_message (consumer, event_id, event_type, received_at)
                values (?1, ?2, ?3, now())
                on conflict do nothing""")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .setParameter(3, eventType)
                .executeUpdate();
        return inserted == 1;
    }
}
