package dev.seamless.messaging.inbox;

import dev.seamless.events.envelope.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * Remembers which events a consumer has applied, by the CloudEvents identity: source and id together. Claiming happens
 * in the transaction that applies the events, so the events' effects and their inbox rows commit or roll back
 * together.
 */
@ApplicationScoped
public class Inbox {

    /** A CloudEvent's identity: ids are unique per source only. */
    public record EventKey(String source, String id) {

        public static EventKey of(EventEnvelope<?> event) {
            return new EventKey(event.source().toString(), event.id());
        }
    }

    @Inject
    EntityManager entityManager;

    /**
     * Claims a batch of events with one statement, past Hibernate (which would otherwise flush the whole persistence
     * context first). A row from before the inbox knew sources (source {@code ''}) still counts for its id.
     *
     * @return the events seen for the first time by this consumer; every other one is a redelivery
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<EventKey> claim(String consumer, List<? extends EventEnvelope<?>> events) {
        String[] sources = events.stream().map(event -> event.source().toString()).toArray(String[]::new);
        String[] ids = events.stream().map(EventEnvelope::id).toArray(String[]::new);
        String[] types = events.stream().map(EventEnvelope::type).toArray(String[]::new);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Set<EventKey> fresh = new HashSet<>();
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into inbox_message (consumer, event_source, event_id, event_type, received_at)
                    select ?, claimed.event_source, claimed.event_id, claimed.event_type, now()
                    from unnest(?, ?, ?) as claimed(event_source, event_id, event_type)
                    where not exists (select 1 from inbox_message legacy
                                      where legacy.consumer = ? and legacy.event_source = ''
                                        and legacy.event_id = claimed.event_id)
                    on conflict do nothing
                    returning event_source, event_id""")) {
                insert.setString(1, consumer);
                insert.setArray(2, connection.createArrayOf("text", sources));
                insert.setArray(3, connection.createArrayOf("varchar", ids));
                insert.setArray(4, connection.createArrayOf("varchar", types));
                insert.setString(5, consumer);
                try (ResultSet claimed = insert.executeQuery()) {
                    while (claimed.next()) {
                        fresh.add(new EventKey(claimed.getString(1), claimed.getString(2)));
                    }
                }
            }
            return fresh;
        });
    }
}
