package dev.seamless.handoff.assignment;

import dev.seamless.events.types.TeamRole;

/** Who holds each role of an account team, as far as handoff-service knows; {@code null} for a vacant role. */
public record AccountTeam(String aeId, String saId, String csmId) {

    /** Whether the person holds one of the roles. */
    public boolean includes(String personId) {
        return personId != null && (personId.equals(aeId) || personId.equals(saId) || personId.equals(csmId));
    }

    public String holder(TeamRole role) {
        return switch (role) {
            case AE -> aeId;
            case SA -> saId;
            case CSM -> csmId;
        };
    }
}
