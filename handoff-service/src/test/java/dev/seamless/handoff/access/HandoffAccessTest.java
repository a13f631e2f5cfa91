package dev.seamless.handoff.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.handoff.assignment.AccountTeam;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HandoffAccessTest {

    private static final Optional<AccountTeam> TEAM = Optional.of(new AccountTeam("ae-1", "sa-1", "csm-1"));
    private static final UUID TASK = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @ParameterizedTest
    @ValueSource(strings = { "ASM", "SA_LEADER", "ADMIN", "INTEGRATION" })
    void managersAdministratorsAndIntegrationsActOnEveryAccountEvenOneNotKnownYet(String role) {
        Caller caller = new Caller("someone", Set.of(role));
        assertThat(HandoffAccess.refusalToStart(caller, "acct-1", Optional.empty())).isEmpty();
        assertThat(HandoffAccess.refusalToComplete(caller, TASK, "sa-9", "acct-1", Optional.empty())).isEmpty();
        assertThat(HandoffAccess.refusalToComplete(caller, TASK, null, "acct-1", Optional.empty())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "ae-1", "sa-1", "csm-1" })
    void theAccountTeamStartsHandoffsAndCompletesUnassignedTasksOfItsAccount(String member) {
        Caller caller = new Caller(member, Set.of("AE", "SA", "CSM"));
        assertThat(HandoffAccess.refusalToStart(caller, "acct-1", TEAM)).isEmpty();
        assertThat(HandoffAccess.refusalToComplete(caller, TASK, null, "acct-1", TEAM)).isEmpty();
    }

    @Test
    void anAeOfAnotherAccountIsRefusedWithTheReason() {
        Caller outsider = new Caller("ae-2", Set.of("AE"));
        assertThat(HandoffAccess.refusalToStart(outsider, "acct-1", TEAM)).get().asString()
                .contains("ae-2 is not on the account team of acct-1", "AE, SA or CSM");
        assertThat(HandoffAccess.refusalToComplete(outsider, TASK, null, "acct-1", TEAM)).get().asString()
                .contains("has no assignee yet", "acct-1");
    }

    @Test
    void nobodyIsOnTheTeamOfAnAccountNotKnownYetNorInAVacantRole() {
        assertThat(HandoffAccess.refusalToStart(new Caller("ae-1", Set.of("AE")), "acct-1", Optional.empty()))
                .isPresent();
        Optional<AccountTeam> noCsm = Optional.of(new AccountTeam("ae-1", "sa-1", null));
        assertThat(HandoffAccess.refusalToStart(new Caller(null, Set.of("CSM")), "acct-1", noCsm)).isPresent();
    }

    @Test
    void anAssignedTaskIsItsAssigneesEvenAgainstTheRestOfTheTeam() {
        assertThat(HandoffAccess.refusalToComplete(new Caller("sa-1", Set.of("SA")), TASK, "sa-1", "acct-1", TEAM))
                .isEmpty();
        assertThat(HandoffAccess.refusalToComplete(new Caller("ae-1", Set.of("AE")), TASK, "sa-1", "acct-1", TEAM))
                .get().asString().contains("assigned to sa-1");
    }
}
