package dev.seamless.handoff.assignment;

import dev.seamless.events.types.TeamRole;
import dev.seamless.handoff.checklist.ChecklistTemplate;
import java.util.Objects;
import java.util.Optional;

/**
 * The people of a handoff: who hands over ({@code outgoing}), who takes over ({@code incoming}) and the account's AE;
 * {@code null} while not known.
 * <p>
 * Each of them "follows" an account team role: the AE follows the AE role, the incoming person the template's incoming
 * role, and the outgoing person the template's outgoing role, unless both roles are the same (in an SA to SA handoff
 * the outgoing SA is by definition no longer the account's SA). A vacancy is filled by the role's holder once known,
 * and a person who follows a role is succeeded by the role's next holder.
 */
public record HandoffPeople(String outgoing, String incoming, String ae) {

    /** Fills only the vacancies, from the account team as the CRM last described it. */
    public HandoffPeople fillVacancies(AccountTeam team, ChecklistTemplate template) {
        return new HandoffPeople(
                outgoing != null ? outgoing : outgoingFollows(template).map(team::holder).orElse(null),
                incoming != null ? incoming : template.incoming().map(team::holder).orElse(null),
                ae != null ? ae : team.aeId());
    }

    /** The account's {@code role} passed from {@code previous} (absent: vacant) to {@code next}. */
    public HandoffPeople follow(TeamRole role, String previous, String next, ChecklistTemplate template) {
        return new HandoffPeople(
                succeed(outgoing, outgoingFollows(template), role, previous, next),
                succeed(incoming, template.incoming(), role, previous, next),
                succeed(ae, Optional.of(TeamRole.AE), role, previous, next));
    }

    public boolean involves(String personId) {
        return Objects.equals(outgoing, personId) || Objects.equals(incoming, personId)
                || Objects.equals(ae, personId);
    }

    private static String succeed(String current, Optional<TeamRole> follows, TeamRole role, String previous,
            String next) {
        boolean followsRole = follows.filter(role::equals).isPresent();
        return followsRole && (current == null || current.equals(previous)) ? next : current;
    }

    private static Optional<TeamRole> outgoingFollows(ChecklistTemplate template) {
        return template.incoming().filter(template.outgoing()::equals).isPresent() ? Optional.empty()
                : Optional.of(template.outgoing());
    }
}
