package dev.seamless.handoff.access;

import dev.seamless.events.Roles;
import dev.seamless.handoff.assignment.AccountTeam;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who may act by hand on an account's handoffs. Managers, administrators and integrations (ASM, SA_LEADER, ADMIN,
 * INTEGRATION) may act on every account. Anyone else acts only for their own accounts: those whose AE, SA or CSM
 * they are, as crm.accounts last named the team. A task with an assignee is theirs to complete; one without (its
 * owner not known yet) is the account team's.
 */
public final class HandoffAccess {

    private static final Set<String> ACT_FOR_EVERY_ACCOUNT = Set.of(Roles.ASM, Roles.SA_LEADER, Roles.ADMIN,
            Roles.INTEGRATION);
    private static final String OTHERS = "a manager (ASM, SA_LEADER), an administrator or an integration";

    private HandoffAccess() {
    }

    /**
     * @param team the account team, empty while the account is not known
     * @return why the caller may not start a handoff for the account; empty when they may
     */
    public static Optional<String> refusalToStart(Caller caller, String accountId, Optional<AccountTeam> team) {
        if (actsForEveryAccount(caller) || onTeam(caller, team)) {
            return Optional.empty();
        }
        return Optional.of(caller.personId() + " is not on the account team of " + accountId + "; only its AE, SA"
                + " or CSM, " + OTHERS + " may start a handoff for it");
    }

    /**
     * @param team the team of the task's account, empty while the account is not known
     * @return why the caller may not complete the task; empty when they may
     */
    public static Optional<String> refusalToComplete(Caller caller, UUID taskId, String assigneeId, String accountId,
            Optional<AccountTeam> team) {
        if (actsForEveryAccount(caller)) {
            return Optional.empty();
        }
        if (assigneeId != null) {
            return assigneeId.equals(caller.personId()) ? Optional.empty()
                    : Optional.of("task " + taskId + " is assigned to " + assigneeId + "; only they or " + OTHERS
                            + " may complete it");
        }
        return onTeam(caller, team) ? Optional.empty()
                : Optional.of("task " + taskId + " has no assignee yet; only the AE, SA or CSM of account "
                        + accountId + ", or " + OTHERS + " may complete it");
    }

    private static boolean actsForEveryAccount(Caller caller) {
        return caller.roles().stream().anyMatch(ACT_FOR_EVERY_ACCOUNT::contains);
    }

    private static boolean onTeam(Caller caller, Optional<AccountTeam> team) {
        return team.filter(known -> known.includes(caller.personId())).isPresent();
    }
}
