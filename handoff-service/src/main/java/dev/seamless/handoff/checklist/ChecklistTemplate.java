package dev.seamless.handoff.checklist;

import java.util.List;

/** A handoff checklist as data: its type (e.g. {@code SA_TO_CSM}), a name, where it comes from, and its items. */
public record ChecklistTemplate(String type, String name, String source, List<ChecklistItem> items) {
}
