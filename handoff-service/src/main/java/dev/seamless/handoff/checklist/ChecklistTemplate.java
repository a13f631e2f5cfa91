package dev.seamless.handoff.checklist;

import dev.seamless.events.types.TeamRole;
import java.util.List;
import java.util.Optional;

/**
 * A handoff checklist as data: its type (e.g. {@code SA_TO_CSM}), a name, the handbook page it comes from, the account
 * team roles of the person handing over and of the person taking over (none for a checklist without an incoming
 * person), the types of open handoffs it replaces when it starts, and its items.
 */
public record ChecklistTemplate(String type, String name, String source, String outgoingRole, String incomingRole,
        List<String> supersedes, List<ChecklistItem> items) {

    public ChecklistTemplate {
        supersedes = supersedes == null ? List.of() : List.copyOf(supersedes);
    }

    /** Only valid after the catalog validated the file. */
    public TeamRole outgoing() {
        return TeamRole.valueOf(outgoingRole);
    }

    /** Only valid after the catalog validated the file. */
    public Optional<TeamRole> incoming() {
        return Optional.ofNullable(incomingRole).map(TeamRole::valueOf);
    }

    ChecklistTemplate withItems(List<ChecklistItem> kept) {
        return new ChecklistTemplate(type, name, source, outgoingRole, incomingRole, supersedes, kept);
    }
}
