package dev.seamless.triage.clock;

/** What the state of a request means for one of its clocks. */
public enum ClockState {
    /** The response is still owed. */
    RUNNING,
    /** The response was given. */
    MET,
    /** The target no longer applies (the request closed, or is no longer on a route with that target). */
    STOPPED
}
