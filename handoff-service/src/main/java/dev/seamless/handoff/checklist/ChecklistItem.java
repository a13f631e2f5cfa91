package dev.seamless.handoff.checklist;

/** One line of a checklist template: what to do, who does it, and how many business days they have. */
public record ChecklistItem(String title, OwnerRole owner, int dueInBusinessDays, String link) {
}
