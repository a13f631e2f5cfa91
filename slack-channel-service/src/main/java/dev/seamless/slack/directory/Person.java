package dev.seamless.slack.directory;

import dev.seamless.events.directory.PersonUpdated;
import dev.seamless.events.types.PersonRole;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** slack-channel-service's projection of a person from directory.people: who can be invited to a channel. */
@Entity
public class Person extends PanacheEntityBase {

    @Id
    public String personId;
    public String name;
    @Enumerated(EnumType.STRING)
    public PersonRole role;
    public String slackUserId;
    public boolean active;
    public OffsetDateTime updatedAt;

    public static void project(PersonUpdated event, OffsetDateTime at) {
        Person person = Person.<Person>findByIdOptional(event.personId()).orElseGet(() -> {
            Person created = new Person();
            created.personId = event.personId();
            return created;
        });
        person.name = event.name();
        person.role = event.role();
        person.slackUserId = event.slackUserId();
        person.active = event.active();
        person.updatedAt = at;
        person.persist();
    }
}
