package dev.seamless.handoff.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.events.types.TeamRole;
import dev.seamless.handoff.checklist.ChecklistItem;
import dev.seamless.handoff.checklist.ChecklistTemplate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandoffPeopleTest {

    private static final ChecklistTemplate SA_TO_SA = template("SA", "SA");
    private static final ChecklistTemplate SA_TO_CSM = template("SA", "CSM");
    private static final ChecklistTemplate AE_TO_CSM = template("AE", "CSM");
    private static final ChecklistTemplate CSM_TO_CSM = template("CSM", "CSM");
    private static final ChecklistTemplate DIGITAL_ONBOARDING = template("SA", null);
    private static final AccountTeam TEAM = new AccountTeam("ae-1", "sa-1", "csm-1");

    @Test
    void vacanciesAreFilledFromTheAccountTeam() {
        assertThat(new HandoffPeople(null, null, null).fillVacancies(TEAM, SA_TO_CSM))
                .isEqualTo(new HandoffPeople("sa-1", "csm-1", "ae-1"));
        assertThat(new HandoffPeople(null, "csm-9", null).fillVacancies(TEAM, AE_TO_CSM))
                .isEqualTo(new HandoffPeople("ae-1", "csm-9", "ae-1"));
        assertThat(new HandoffPeople(null, null, null).fillVacancies(TEAM, DIGITAL_ONBOARDING))
                .isEqualTo(new HandoffPeople("sa-1", null, "ae-1"));
    }

    @Test
    void peopleAlreadyKnownAreNotReplacedByTheAccountTeam() {
        assertThat(new HandoffPeople("sa-x", "csm-x", "ae-x").fillVacancies(TEAM, SA_TO_CSM))
                .isEqualTo(new HandoffPeople("sa-x", "csm-x", "ae-x"));
    }

    @Test
    void theOutgoingPersonOfASameRoleHandoffIsNeverTakenFromTheTeamWhoseHolderIsTheNewOne() {
        assertThat(new HandoffPeople(null, "sa-2", null).fillVacancies(TEAM, SA_TO_SA))
                .isEqualTo(new HandoffPeople(null, "sa-2", "ae-1"));
        assertThat(new HandoffPeople("csm-old", "csm-1", null).follow(TeamRole.CSM, "csm-1", "csm-2", CSM_TO_CSM))
                .isEqualTo(new HandoffPeople("csm-old", "csm-2", null));
    }

    @Test
    void aTeamChangePassesTheRoleOnToItsNextHolder() {
        HandoffPeople saToCsm = new HandoffPeople("sa-1", "csm-1", "ae-1");
        assertThat(saToCsm.follow(TeamRole.CSM, "csm-1", "csm-2", SA_TO_CSM))
                .isEqualTo(new HandoffPeople("sa-1", "csm-2", "ae-1"));
        assertThat(saToCsm.follow(TeamRole.AE, "ae-1", "ae-2", SA_TO_CSM))
                .isEqualTo(new HandoffPeople("sa-1", "csm-1", "ae-2"));
        assertThat(saToCsm.follow(TeamRole.SA, "sa-1", "sa-2", SA_TO_CSM))
                .isEqualTo(new HandoffPeople("sa-2", "csm-1", "ae-1"));
        assertThat(new HandoffPeople("ae-1", null, "ae-1").follow(TeamRole.AE, "ae-1", "ae-2", AE_TO_CSM))
                .isEqualTo(new HandoffPeople("ae-2", null, "ae-2"));
    }

    @Test
    void aTeamChangeFillsAVacancyButLeavesSomeoneElseInPlace() {
        assertThat(new HandoffPeople("sa-1", null, "ae-1").follow(TeamRole.CSM, null, "csm-2", SA_TO_CSM))
                .isEqualTo(new HandoffPeople("sa-1", "csm-2", "ae-1"));
        assertThat(new HandoffPeople("sa-1", "csm-1", "ae-1").follow(TeamRole.CSM, "csm-9", "csm-2", SA_TO_CSM))
                .isEqualTo(new HandoffPeople("sa-1", "csm-1", "ae-1"));
        assertThat(new HandoffPeople("sa-1", null, "ae-1").follow(TeamRole.CSM, null, "csm-2", DIGITAL_ONBOARDING))
                .isEqualTo(new HandoffPeople("sa-1", null, "ae-1"));
    }

    @Test
    void involvesAnyOfItsThreePeople() {
        HandoffPeople people = new HandoffPeople("a", "b", "c");
        assertThat(List.of("a", "b", "c")).allMatch(people::involves);
        assertThat(people.involves("d")).isFalse();
    }

    static ChecklistTemplate template(String outgoing, String incoming) {
        return new ChecklistTemplate("T", "T", null, outgoing, incoming, null,
                List.of(new ChecklistItem("do it", "OUTGOING", 1, null, null, null)));
    }
}
