package dev.seamless.events.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field every producer must send: not null and, for text, not blank. The JSON Schemas list these fields as
 * {@code required}, and {@link EventValidator} rejects an event that lacks one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD })
public @interface Required {
}
