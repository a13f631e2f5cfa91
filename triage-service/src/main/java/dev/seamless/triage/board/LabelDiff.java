package dev.seamless.triage.board;

import java.util.List;

/** What changed between two label sets. */
public record LabelDiff(List<String> added, List<String> removed) {

    public static LabelDiff between(List<String> before, List<String> after) {
        return new LabelDiff(after.stream().filter(label -> !before.contains(label)).toList(),
                before.stream().filter(label -> !after.contains(label)).toList());
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }
}
