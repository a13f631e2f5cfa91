package dev.seamless.events.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field every producer must send: not null and, for text, not blank; a list must not be empty (records turn an
 * absent list into an empty one). The JSON Schemas list these fields as {@code required} ({@code minItems: 1} for
 * lists), and {@link EventValidator} rejects an event that lacks one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD })
public @interface Required {
}
