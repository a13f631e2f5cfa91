package dev.seamless.triage.api;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An IANA time zone such as {@code Europe/Berlin}, or an offset such as {@code +02:00}. */
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TimeZoneIdValidator.class)
public @interface TimeZoneId {

    String message() default "is not a time zone (e.g. Europe/Berlin)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
