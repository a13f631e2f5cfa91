package dev.seamless.notification.directory;

import dev.seamless.events.types.PersonRole;
import dev.seamless.notification.delivery.Recipient;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Resolves the people an email names to addresses: our people through the directory.people projection, customer
 * contacts from what crm.accounts or the inquiry said. A recipient that cannot be reached comes back unresolved with
 * the reason, never silently left out.
 */
public final class Recipients {

    /** Deliberately loose: one @, no spaces, a dot in the domain. The SMTP server has the last word. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** The longest address SMTP can carry (RFC 5321: a 256-octet path, angle brackets included). */
    private static final int MAX_ADDRESS_LENGTH = 254;

    private final Function<String, Optional<Person>> directory;

    public Recipients(Function<String, Optional<Person>> directory) {
        this.directory = directory;
    }

    /** @param role what the person is to the email ("AE", "CSM", "assignee", ...) */
    public Recipient person(String role, String personId) {
        if (personId == null || personId.isBlank()) {
            return Recipient.unresolved(role, null, null, "no " + role + " is named");
        }
        Optional<Person> found = directory.apply(personId);
        if (found.isEmpty()) {
            return Recipient.unresolved(role, personId, null,
                    role + " " + personId + " is not in the people directory (directory.people)");
        }
        Person person = found.get();
        if (!person.active) {
            return Recipient.unresolved(role, personId, person.name,
                    role + " " + personId + " (" + person.name + ") is inactive in the people directory");
        }
        if (!isAddress(person.email)) {
            return Recipient.unresolved(role, personId, person.name,
                    role + " " + personId + " (" + person.name + ") has no valid email address in the people directory");
        }
        return Recipient.resolved(role, personId, person.name, person.email);
    }

    /** The person's role in the directory, empty when the directory does not know them. */
    public Optional<PersonRole> directoryRole(String personId) {
        return personId == null ? Optional.empty() : directory.apply(personId).map(person -> person.role);
    }

    /** @param where where the address should have come from, for the problem when it is missing */
    public static Recipient contact(String name, String email, String where) {
        if (email == null || email.isBlank()) {
            return Recipient.unresolved("customer contact", null, name,
                    "no customer contact email is known: " + where);
        }
        if (!isAddress(email)) {
            return Recipient.unresolved("customer contact", null, name,
                    "customer contact email '" + email + "' is not a valid address");
        }
        return Recipient.resolved("customer contact", null, name, email.strip());
    }

    public static boolean isAddress(String email) {
        if (email == null) {
            return false;
        }
        String address = email.strip();
        return address.length() <= MAX_ADDRESS_LENGTH && ADDRESS.matcher(address).matches();
    }
}
