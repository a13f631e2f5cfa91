package dev.seamless.triage.board;

import java.util.EnumSet;
import java.util.Set;

/** Where a triage request stands. The open ones are on the board; the others are history. */
public enum RequestStatus {
    /** Waiting on the AE for missing meeting information. */
    WAITING,
    /** Qualified, not yet owned by an engagement SA (held by the week's triage SA, or by nobody). */
    BACKLOG,
    /** Vetted and assigned to an SA who has not started yet. */
    TRIAGED,
    /** The SA is working on it. */
    DOING,
    /** The SA and the AE agreed it is done. */
    COMPLETED,
    /** It did not qualify for an SA (office hours, no POV). */
    DECLINED,
    /** Closed without completion: the opportunity or the account closed. */
    CLOSED;

    public static final Set<RequestStatus> OPEN = EnumSet.of(WAITING, BACKLOG, TRIAGED, DOING);

    public boolean open() {
        return OPEN.contains(this);
    }

    /** @return whether an SA is engaged on it: it counts towards the SA's workload */
    public boolean engaged() {
        return this == TRIAGED || this == DOING;
    }
}
