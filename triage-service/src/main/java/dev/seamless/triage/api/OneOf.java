package dev.seamless.triage.api;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text that must name a constant of one of the contract's enumerations, read as the events read it (case-insensitive,
 * dashes and spaces for underscores, aliases such as SILVER for PREMIUM). Kept as text in request bodies so that one
 * 400 response names every bad field, instead of stopping at the first unreadable one.
 */
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneOfValidator.class)
public @interface OneOf {

    /** An enumeration of common-events with a static {@code fromJson(String)}. */
    Class<? extends Enum<?>> value();

    String message() default "is not an accepted value";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
