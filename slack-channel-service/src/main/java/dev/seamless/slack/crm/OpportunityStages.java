package dev.seamless.slack.crm;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The CRM's stage names that mean an opportunity is closed, won or lost (configuration: seamless.stages.*). */
public final class OpportunityStages {

    private final Set<String> closedWon;
    private final Set<String> closedLost;

    public OpportunityStages(List<String> closedWon, List<String> closedLost) {
        this.closedWon = new LinkedHashSet<>(closedWon);
        this.closedLost = new LinkedHashSet<>(closedLost);
    }

    public boolean isClosed(String stage) {
        return closedWon.contains(stage) || closedLost.contains(stage);
    }

    /** @return every closed stage name, won first, for explanations */
    public List<String> closedStages() {
        Set<String> all = new LinkedHashSet<>(closedWon);
        all.addAll(closedLost);
        return List.copyOf(all);
    }
}
