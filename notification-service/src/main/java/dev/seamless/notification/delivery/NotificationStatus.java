package dev.seamless.notification.delivery;

/**
 * PENDING waits for the dispatcher (first attempt or a retry after back-off); SENDING is being handed to SMTP; SENT
 * and FAILED are final.
 */
public enum NotificationStatus {
    PENDING, SENDING, SENT, FAILED
}
