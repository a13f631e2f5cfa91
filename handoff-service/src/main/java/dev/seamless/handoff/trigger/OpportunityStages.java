package dev.seamless.handoff.trigger;

import java.util.Set;

/** The CRM's names of the stages the handoff rules react to (configured: every CRM names its stages). */
public record OpportunityStages(String closedWon, Set<String> preClose, Set<String> closedLost) {

    public OpportunityStages {
        preClose = Set.copyOf(preClose);
        closedLost = Set.copyOf(closedLost);
    }

    /** A CRM sending the won opportunity again (Closed Won to Closed Won, a corrected amount) does not enter it. */
    public boolean entersClosedWon(String fromStage, String toStage) {
        return closedWon.equals(toStage) && !closedWon.equals(fromStage);
    }

    /** Moving from 5-Negotiating to 6-Awaiting Signature stays in the pre-close stages: it does not enter them. */
    public boolean entersPreClose(String fromStage, String toStage) {
        return preClose.contains(toStage) && (fromStage == null || !preClose.contains(fromStage));
    }

    public boolean isClosedLost(String stage) {
        return closedLost.contains(stage);
    }
}
