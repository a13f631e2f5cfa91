package dev.seamless.events.types;

import dev.seamless.events.validation.Required;

/**
 * One reason behind a decision: the machine-readable rule (e.g. {@code qualification.min-piped-amount}) and a
 * sentence for people that names the inputs that decided it.
 */
public record Reason(@Required String rule, @Required String message) {
}
