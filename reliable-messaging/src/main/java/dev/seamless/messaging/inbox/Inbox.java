package dev.seamless.messaging.inbox;

import dev.seamless.events.envelope.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * Remembers which event ids a consumer has applied. Claiming happens in the transaction that applies the events, so
 * the events' effects and their inbox rows commit or roll back together.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager entityManager;

    /**
     * Claims a batch of events with one statement, past Hibernate (which would otherwise flush the whole persistence
     * context first).
     *
     * @return the ids seen for the first time by this consumer; every other id is a redelivery
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> claim(String consumer, List<? extends EventEnvelope<?>> events) {
        String[] ids = events.stream().map(EventEnvelope::id).toArray(String[]::new);
        String[] types = events.stream().map(EventEnvelope::type).toArray(String[]::new);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Set<String> fresh = new HashSet<>();
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into inbox_message (consumer, event_id, event_type, received_at)
                    select ?, claimed.event_id, claimed.event_type, now()
                    from unnest(?, ?) as claimed(event_id, event_type)
                    on conflict do nothing
                    returning event_id""")) {
                Array idArray = connection.createArrayOf("varchar", ids);
                Array typeArray = connection.createArrayOf("varchar", types);
                insert.setString(1, consumer);
                insert.setArray(2, idArray);
                insert.setArray(3, typeArray);
                try (ResultSet claimed = insert.executeQuery()) {
                    while (claimed.next()) {
                        fresh.add(claimed.getString(1));
                    }
                }
            }
            return fresh;
        });
    }
}
