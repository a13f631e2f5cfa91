package dev.seamless.handoff.handoff;

public enum HandoffStatus {
    OPEN, COMPLETED, CANCELLED
}
