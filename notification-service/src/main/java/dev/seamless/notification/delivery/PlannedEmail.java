package dev.seamless.notification.delivery;

import dev.seamless.events.types.Reason;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a rule decided to send, before it is rendered and recorded.
 *
 * @param occasion   what the email is about, for "at most once": the same occasion, template and recipient are
 *                   recorded once. {@code null} means the triggering event itself; rules name a business fact instead
 *                   (an opportunity, a task) when the same fact can arrive in several events.
 * @param replyTo    who answers replies, when not the sending mailbox (the SA a redirection speaks for); only ever a
 *                   resolved recipient, {@code null} for none
 * @param values     what the template shows
 * @param reason     the rule that chose the template and why
 * @param inputs     the facts the rule looked at
 * @param waitingFor why the email is not to be sent yet (recorded WAITING), {@code null} when it may go
 */
public record PlannedEmail(String accountId, String template, String occasion, Recipient to, List<Recipient> cc,
        Recipient replyTo, Map<String, Object> values, Reason reason, Map<String, Object> inputs, String waitingFor) {

    public PlannedEmail {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(to, "to");
        cc = List.copyOf(cc);
        if (replyTo != null && !replyTo.isResolved()) {
            throw new IllegalArgumentException("a Reply-To must have an address: " + replyTo.problem());
        }
    }

    /** An email to be sent as soon as it is recorded, replies to the sending mailbox. */
    public PlannedEmail(String accountId, String template, String occasion, Recipient to, List<Recipient> cc,
            Map<String, Object> values, Reason reason, Map<String, Object> inputs) {
        this(accountId, template, occasion, to, cc, null, values, reason, inputs, null);
    }

    /** Why the email cannot be sent as planned: one line per recipient without an address. */
    public List<String> problems() {
        return Stream.concat(Stream.of(to), cc.stream()).filter(recipient -> !recipient.isResolved())
                .map(Recipient::problem).toList();
    }
}
