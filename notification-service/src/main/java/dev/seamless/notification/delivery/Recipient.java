package dev.seamless.notification.delivery;

import java.util.Locale;

/**
 * Someone an email is addressed to or copies: a person of ours ({@code personId}) or a customer contact. Either the
 * address is known, or {@code problem} says why it is not; an email with any unresolved recipient is recorded as
 * failed instead of being sent without them.
 *
 * @param role what the recipient is to the email, for people reading a problem: "customer contact", "AE", ...
 */
public record Recipient(String role, String personId, String name, String email, String problem) {

    public static Recipient resolved(String role, String personId, String name, String email) {
        return new Recipient(role, personId, name, email, null);
    }

    /** @param name the name when it is known even though the address is not, so the email can still greet them */
    public static Recipient unresolved(String role, String personId, String name, String problem) {
        return new Recipient(role, personId, name, null, problem);
    }

    public boolean isResolved() {
        return problem == null;
    }

    /**
     * Who this is, for "at most once per recipient": the person id for our people, the address for a customer
     * contact, and the account's contact as such when no address is known.
     */
    public String key(String accountId) {
        if (personId != null) {
            return "person:" + personId;
        }
        return email != null ? "email:" + email.toLowerCase(Locale.ROOT) : "contact-of:" + accountId;
    }
}
