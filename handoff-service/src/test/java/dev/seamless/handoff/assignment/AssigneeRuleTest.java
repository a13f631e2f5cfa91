package dev.seamless.handoff.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.handoff.checklist.OwnerRole;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssigneeRuleTest {

    private static final HandoffPeople PEOPLE = new HandoffPeople("sa-out", "csm-in", "ae-1");

    @Test
    void eachItemGoesToThePersonOfItsOwnerRole() {
        assertThat(AssigneeRule.assign(OwnerRole.OUTGOING, PEOPLE, Set.of()).personId()).isEqualTo("sa-out");
        assertThat(AssigneeRule.assign(OwnerRole.INCOMING, PEOPLE, Set.of()).personId()).isEqualTo("csm-in");
        Assignment ae = AssigneeRule.assign(OwnerRole.AE, PEOPLE, Set.of());
        assertThat(ae.personId()).isEqualTo("ae-1");
        assertThat(ae.reason().rule()).isEqualTo("handoff.assignee.owner");
    }

    @Test
    void aPersonNotKnownYetLeavesTheTaskWaitingInsteadOfPassingItOn() {
        Assignment waiting = AssigneeRule.assign(OwnerRole.OUTGOING, new HandoffPeople(null, "csm-in", "ae-1"),
                Set.of());
        assertThat(waiting.personId()).isNull();
        assertThat(waiting.reason().rule()).isEqualTo("handoff.assignee.not-known-yet");
    }

    @Test
    void anInactiveOutgoingPersonsItemsGoToTheIncomingPersonElseTheAe() {
        Assignment toIncoming = AssigneeRule.assign(OwnerRole.OUTGOING, PEOPLE, Set.of("sa-out"));
        assertThat(toIncoming.personId()).isEqualTo("csm-in");
        assertThat(toIncoming.reason().rule()).isEqualTo("handoff.assignee.owner-inactive");
        assertThat(toIncoming.reason().message()).contains("sa-out", "csm-in");
        assertThat(AssigneeRule.assign(OwnerRole.OUTGOING, PEOPLE, Set.of("sa-out", "csm-in")).personId())
                .isEqualTo("ae-1");
        assertThat(AssigneeRule.assign(OwnerRole.OUTGOING, new HandoffPeople("sa-out", null, "ae-1"),
                Set.of("sa-out")).personId()).isEqualTo("ae-1");
    }

    @Test
    void anInactiveIncomingPersonsItemsGoToTheAe() {
        assertThat(AssigneeRule.assign(OwnerRole.INCOMING, PEOPLE, Set.of("csm-in")).personId()).isEqualTo("ae-1");
    }

    @Test
    void withNobodyToCoverTheTaskStaysWithItsOwnerAndSaysSo() {
        Assignment ae = AssigneeRule.assign(OwnerRole.AE, PEOPLE, Set.of("ae-1"));
        assertThat(ae.personId()).isEqualTo("ae-1");
        assertThat(ae.reason().rule()).isEqualTo("handoff.assignee.owner-inactive-no-cover");
        assertThat(AssigneeRule.assign(OwnerRole.OUTGOING, PEOPLE, Set.of("sa-out", "csm-in", "ae-1")).personId())
                .isEqualTo("sa-out");
    }
}
