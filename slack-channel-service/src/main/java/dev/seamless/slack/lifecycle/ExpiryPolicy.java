package dev.seamless.slack.lifecycle;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * When an ephemeral channel ends (seed 000: "closed within 90 days"; seed 001: "within 90 days and/or at project
 * completion") and when its owner is reminded (7 days before, DESIGN §4). A channel created at day 0 is reminded at
 * day 83 and expires at day 90, both inclusive.
 */
public final class ExpiryPolicy {

    /** What a channel's deadline calls for now. */
    public enum Due {
        NOTHING, REMINDER, EXPIRY
    }

    private final Duration lifetime;
    private final Duration reminderBefore;

    public ExpiryPolicy(Duration lifetime, Duration reminderBefore) {
        if (reminderBefore.compareTo(lifetime) >= 0) {
            throw new IllegalArgumentException("the reminder (" + reminderBefore + " before expiry) must fall within"
                    + " the lifetime (" + lifetime + ")");
        }
        this.lifetime = lifetime;
        this.reminderBefore = reminderBefore;
    }

    public OffsetDateTime expiresAt(OffsetDateTime createdAt) {
        return createdAt.plus(lifetime);
    }

    public OffsetDateTime remindAt(OffsetDateTime expiresAt) {
        return expiresAt.minus(reminderBefore);
    }

    /**
     * @param reminded whether the owner has been reminded already
     */
    public Due due(OffsetDateTime expiresAt, boolean reminded, OffsetDateTime now) {
        if (!now.isBefore(expiresAt)) {
            return Due.EXPIRY;
        }
        if (!reminded && !now.isBefore(remindAt(expiresAt))) {
            return Due.REMINDER;
        }
        return Due.NOTHING;
    }

    public Duration lifetime() {
        return lifetime;
    }

    public Duration reminderBefore() {
        return reminderBefore;
    }
}
