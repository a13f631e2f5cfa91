package dev.seamless.notification.redirect;

import dev.seamless.notification.delivery.NotificationView.Decision;
import java.util.List;

/**
 * The redirection as it would be sent: template, recipients, rendered content and the decision; {@code problems}
 * lists what would make it fail (a recipient without an address), so the SA can fix it before sending.
 */
public record RedirectPreview(String template, String to, List<String> cc, String replyTo, String subject,
        String bodyText, String bodyHtml, Decision decision, List<String> problems) {
}
