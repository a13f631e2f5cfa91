package dev.seamless.handoff.checklist;

import java.util.List;

/**
 * One line of a checklist template as written in the templates file: what to do, who does it ({@code owner}:
 * OUTGOING, INCOMING or AE), how many business days they have, an optional link, whether it is an optional item
 * (included only when configured), and the triggers whose event already shows the item done (e.g. a CRM team change
 * has already put the new CSM on the account team).
 */
public record ChecklistItem(String title, String owner, Integer dueInBusinessDays, String link, Boolean optional,
        List<String> doneWhenTriggeredBy) {

    public ChecklistItem {
        doneWhenTriggeredBy = doneWhenTriggeredBy == null ? List.of() : List.copyOf(doneWhenTriggeredBy);
    }

    /** Only valid after the catalog validated the file. */
    public OwnerRole ownerRole() {
        return OwnerRole.valueOf(owner);
    }

    public boolean isOptional() {
        return Boolean.TRUE.equals(optional);
    }

    public boolean isDoneBy(String triggerType) {
        return doneWhenTriggeredBy.contains(triggerType);
    }
}
