package dev.seamless.notification.delivery;

import io.vertx.ext.mail.SMTPException;

/**
 * Tells an SMTP failure that will not pass (the server answered 5xx: unknown mailbox, message refused) from one that
 * may (server unreachable, timeout, 4xx "try again later"). Only the second kind is retried.
 */
public final class SmtpFailures {

    private SmtpFailures() {
    }

    public static boolean isPermanent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SMTPException smtp) {
                return smtp.isPermanent();
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
