package dev.seamless.triage.board;

/** The labels of the SA triage board (seed 004, "Labels"). The fiscal-quarter label comes from the fiscal calendar. */
public final class Label {

    public static final String SA_BACKLOG = "SA Backlog";
    public static final String SA_TRIAGED = "SA Triaged";
    public static final String SA_DOING = "SA Doing";
    public static final String SA_WAITING = "SA Waiting";
    public static final String SA_ACTION_ITEMS = "SA Action Items";
    public static final String EXPEDITE = "EXPEDITE";
    public static final String SERVICES = "Services";
    /** Seed 000 SMB: "Preference will be given to Ultimate/Gold or Premium/Silver as bandwidth is limited". */
    public static final String PREFERRED_TIER = "Preferred Tier";

    private Label() {
    }
}
