package dev.seamless.handoff.assignment;

import dev.seamless.events.types.TeamRole;

/** Who holds each role of an account team, as far as handoff-service knows; {@code null} for a vacant role. */
public record AccountTeam(String aeId, String saId, String csmId) {

    public String holder(TeamRole role) {
        return switch (role) {
            case AE -> aeId;
            case SA -> saId;
            case CSM -> csmId;
        };
    }
}
