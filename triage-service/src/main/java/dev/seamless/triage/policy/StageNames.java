package dev.seamless.triage.policy;

import io.smallrye.config.ConfigMapping;
import java.util.List;

/** The CRM's names for the stages triage-service reacts to ({@code seamless.stages.*}). */
@ConfigMapping(prefix = "seamless.stages")
public interface StageNames {

    String technicalEvaluation();

    String closedWon();

    List<String> closedLost();

    default boolean closes(String stage) {
        return closedWon().equals(stage) || closedLost().contains(stage);
    }
}
