package dev.seamless.triage.stage;

public enum ActionItemStatus {
    OPEN, DONE
}
