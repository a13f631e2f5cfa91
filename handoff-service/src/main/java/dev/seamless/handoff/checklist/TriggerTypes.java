package dev.seamless.handoff.checklist;

import java.util.Set;

/** What can start a handoff: the event types handoff-service reacts to, or a person through the API. */
public final class TriggerTypes {

    public static final String SA_ASSIGNED = "SAAssigned";
    public static final String ACCOUNT_TEAM_CHANGED = "AccountTeamChanged";
    public static final String OPPORTUNITY_STAGE_CHANGED = "OpportunityStageChanged";
    /** The account became known, and a decision made without it was made again. */
    public static final String ACCOUNT_UPDATED = "AccountUpdated";
    public static final String MANUAL = "Manual";

    public static final Set<String> ALL = Set.of(SA_ASSIGNED, ACCOUNT_TEAM_CHANGED, OPPORTUNITY_STAGE_CHANGED,
            ACCOUNT_UPDATED, MANUAL);

    private TriggerTypes() {
    }
}
