package dev.seamless.notification.directory;

import dev.seamless.events.directory.PersonUpdated;
import dev.seamless.events.types.PersonRole;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** notification-service's projection of the people directory: where to write to whom. */
@Entity
public class Person extends PanacheEntityBase {

    @Id
    public String personId;
    public String name;
    public String email;
    @Enumerated(EnumType.STRING)
    public PersonRole role;
    public boolean active;
    public OffsetDateTime updatedAt;

    public static void project(PersonUpdated event, OffsetDateTime at) {
        Person person = findById(event.personId());
        if (person == null) {
            person = new Person();
            person.personId = event.personId();
        }
        person.name = event.name();
        person.email = event.email();
        person.role = event.role();
        person.active = event.active();
        person.updatedAt = at;
        person.persist();
    }
}
