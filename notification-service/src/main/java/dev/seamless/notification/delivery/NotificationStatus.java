package dev.seamless.notification.delivery;

/**
 * PENDING waits for the dispatcher (first attempt or a retry after back-off); SENDING is being handed to SMTP; SENT
 * and FAILED are final. WAITING is recorded but not to be sent yet: a fact it needs is still missing (a CSM
 * introduction waits for the account's CSM to be named); the dispatcher never takes it. WITHDRAWN is final and never
 * sent: the decision it was planned on was replaced before it could be sent.
 */
public enum NotificationStatus {
    PENDING, SENDING, SENT, FAILED, WAITING, WITHDRAWN
}
