package dev.seamless.handoff.handoff;

/** The result of starting a handoff: the new one, the same one already open, or none for a closed account. */
public record StartOutcome(Kind kind, Handoff handoff) {

    public enum Kind {
        STARTED, ALREADY_OPEN, ACCOUNT_CLOSED
    }
}
