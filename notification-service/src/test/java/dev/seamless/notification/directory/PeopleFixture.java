package dev.seamless.notification.directory;

import dev.seamless.events.types.PersonRole;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An in-memory people directory for the plain rule tests. */
public final class PeopleFixture {

    private final Map<String, Person> people = new HashMap<>();

    public PeopleFixture with(String personId, String name, PersonRole role, String email) {
        Person person = new Person();
        person.personId = personId;
        person.name = name;
        person.role = role;
        person.email = email;
        person.active = true;
        people.put(personId, person);
        return this;
    }

    public PeopleFixture inactive(String personId) {
        people.get(personId).active = false;
        return this;
    }

    public Recipients recipients() {
        return new Recipients(id -> Optional.ofNullable(people.get(id)));
    }

    /** A directory with the usual account team: AE, SA and CSM with addresses. */
    public static PeopleFixture team() {
        return new PeopleFixture()
                .with("ae-1", "Alex Seller", PersonRole.AE, "alex@seamless.example")
                .with("sa-1", "Sam Architect", PersonRole.SA, "sam@seamless.example")
                .with("csm-1", "Casey Success", PersonRole.CSM, "casey@seamless.example");
    }
}
