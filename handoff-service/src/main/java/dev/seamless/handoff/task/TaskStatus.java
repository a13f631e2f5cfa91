package dev.seamless.handoff.task;

public enum TaskStatus {
    OPEN, COMPLETED, CANCELLED
}
