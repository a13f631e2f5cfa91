package dev.seamless.notification.delivery;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Hands one notification to the SMTP server (Quarkus Mailer) and returns once the server accepted it. */
@ApplicationScoped
public class MailSender {

    /** Identifies the notification in the message, for whoever traces a mail back to the audit trail. */
    public static final String NOTIFICATION_HEADER = "X-Seamless-Notification-Id";

    @Inject
    Mailer mailer;

    /** @throws RuntimeException when the server refused the mail or could not be reached */
    public void send(Notification notification) {
        Mail mail = Mail.withHtml(notification.recipient, notification.subject, notification.bodyHtml)
                .setText(notification.bodyText)
                .setCc(notification.ccList())
                .addHeader(NOTIFICATION_HEADER, notification.id.toString());
        if (notification.replyTo != null) {
            mail.setReplyTo(notification.replyTo);
        }
        mailer.send(mail);
    }
}
