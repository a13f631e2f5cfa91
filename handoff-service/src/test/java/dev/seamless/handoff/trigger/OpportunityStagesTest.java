package dev.seamless.handoff.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OpportunityStagesTest {

    private final OpportunityStages stages = new OpportunityStages("Closed Won",
            Set.of("5-Negotiating", "6-Awaiting Signature"), Set.of("8-Closed Lost", "9-Unqualified"));

    @Test
    void enteringEitherPreCloseStageFromOutsideCounts() {
        assertThat(stages.entersPreClose("4-Proposal", "5-Negotiating")).isTrue();
        assertThat(stages.entersPreClose("4-Proposal", "6-Awaiting Signature")).isTrue();
        assertThat(stages.entersPreClose(null, "5-Negotiating")).isTrue();
    }

    @Test
    void movingWithinOrOutOfThePreCloseStagesDoesNot() {
        assertThat(stages.entersPreClose("5-Negotiating", "6-Awaiting Signature")).isFalse();
        assertThat(stages.entersPreClose("6-Awaiting Signature", "5-Negotiating")).isFalse();
        assertThat(stages.entersPreClose("6-Awaiting Signature", "Closed Won")).isFalse();
        assertThat(stages.entersPreClose("3-Technical Evaluation", "4-Proposal")).isFalse();
    }

    @Test
    void closedWonIsEnteredFromAnyOtherStageButNotFromItself() {
        assertThat(stages.entersClosedWon("6-Awaiting Signature", "Closed Won")).isTrue();
        assertThat(stages.entersClosedWon(null, "Closed Won")).isTrue();
        assertThat(stages.entersClosedWon("Closed Won", "Closed Won")).isFalse();
        assertThat(stages.entersClosedWon("6-Awaiting Signature", "8-Closed Lost")).isFalse();
    }

    @Test
    void closedWonAndClosedLostAreTheConfiguredNamesExactly() {
        assertThat(stages.entersClosedWon("6-Awaiting Signature", "closed won")).isFalse();
        assertThat(stages.isClosedLost("8-Closed Lost")).isTrue();
        assertThat(stages.isClosedLost("9-Unqualified")).isTrue();
        assertThat(stages.isClosedLost("Closed Won")).isFalse();
    }
}
