package dev.seamless.handoff.person;

import dev.seamless.events.directory.PersonUpdated;
import dev.seamless.events.types.PersonRole;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** handoff-service's projection of a person from the people directory ({@code PersonUpdated}). */
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

    /** Names of the known people among {@code personIds}; people not known yet are left out. */
    public static Map<String, String> namesOf(Collection<String> personIds) {
        return among(personIds).stream().collect(Collectors.toMap(person -> person.personId, person -> person.name));
    }

    /** The people among {@code personIds} whom the directory reports inactive. */
    public static Set<String> inactiveAmong(Collection<String> personIds) {
        return among(personIds).stream().filter(person -> !person.active).map(person -> person.personId)
                .collect(Collectors.toSet());
    }

    private static List<Person> among(Collection<String> personIds) {
        Set<String> ids = personIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        return ids.isEmpty() ? List.of() : list("personId in ?1", ids);
    }
}
