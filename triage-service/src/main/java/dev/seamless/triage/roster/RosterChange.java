package dev.seamless.triage.roster;

/** What a directory update changed that matters for open engagements. */
public enum RosterChange {
    NONE,
    /** The SA left the roster (inactive, or no longer an SA): their open work must move. */
    DEACTIVATED,
    /** The SA's capacity went down: their workload may have to be rebalanced. */
    CAPACITY_REDUCED
}
