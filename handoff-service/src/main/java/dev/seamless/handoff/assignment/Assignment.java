package dev.seamless.handoff.assignment;

import dev.seamless.events.types.Reason;

/** Who holds a task ({@code null}: nobody yet) and the rule that decided it. */
public record Assignment(String personId, Reason reason) {
}
