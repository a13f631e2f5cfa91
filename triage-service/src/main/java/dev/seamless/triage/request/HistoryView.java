package dev.seamless.triage.request;

import java.time.OffsetDateTime;
import java.util.List;

/** Everything that happened to a request's labels and assignment, oldest first. */
public record HistoryView(List<LabelEntry> labelChanges, List<AssignmentView> assignments) {

    public record LabelEntry(List<String> labels, List<String> added, List<String> removed, String changedBy,
            String cause, OffsetDateTime changedAt) {

        static LabelEntry of(LabelChange change) {
            return new LabelEntry(change.labels, change.added, change.removed, change.changedBy, change.cause,
                    change.changedAt);
        }
    }
}
