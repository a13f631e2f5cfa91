package dev.seamless.notification.delivery;

import dev.seamless.events.types.Reason;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a rule decided to send, before it is rendered and recorded.
 *
 * @param occasion what the email is about, for "at most once": the same occasion, template and recipient are
 *                 recorded once. {@code null} means the triggering event itself; rules name a business fact instead
 *                 (an opportunity, a task) when the same fact can arrive in several events.
 * @param values   what the template shows
 * @param reason   the rule that chose the template and why
 * @param inputs   the facts the rule looked at
 */
public record PlannedEmail(String accountId, String template, String occasion, Recipient to, List<Recipient> cc,
        Map<String, Object> values, Reason reason, Map<String, Object> inputs) {

    public PlannedEmail {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(to, "to");
        cc = List.copyOf(cc);
    }

    /** Why the email cannot be sent as planned: one line per recipient without an address. */
    public List<String> problems() {
        return Stream.concat(Stream.of(to), cc.stream()).filter(recipient -> !recipient.isResolved())
                .map(Recipient::problem).toList();
    }
}
