package dev.seamless.events.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text that the services copy into the events they publish: it must fit, in characters, so that no inbound
 * value can make an outgoing event too large for the broker.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD })
public @interface MaxLength {

    /** The most characters the text may have. */
    int value();
}
