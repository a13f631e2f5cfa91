package dev.seamless.notification.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seamless.events.envelope.EventJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A notification as the audit API shows it: recipients, rendered content, outcome and the decision behind it. */
public record NotificationView(UUID id, String accountId, String template, String recipientId, String recipient,
        List<String> cc, String replyTo, String subject, String bodyText, String bodyHtml,
        NotificationStatus status, String failureReason, int attempts, OffsetDateTime nextAttemptAt,
        Decision decision, String occasion, String triggeringEventId, OffsetDateTime createdAt,
        OffsetDateTime sentAt) {

    /** The rule that chose the template, why, and the inputs it looked at. */
    public record Decision(String rule, String reason, JsonNode inputs) {
    }

    public static NotificationView of(Notification n) {
        JsonNode inputs;
        try {
            inputs = EventJson.mapper().readTree(n.decisionInputs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NotificationView(n.id, n.accountId, n.template, n.recipientId, n.recipient, n.ccList(),
                n.replyTo, n.subject, n.bodyText, n.bodyHtml, n.status, n.failureReason, n.attempts, n.nextAttemptAt,
                new Decision(n.decisionRule, n.decisionReason, inputs), n.occasion, n.triggeringEventId, n.createdAt,
                n.sentAt);
    }
}
