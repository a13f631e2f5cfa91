package dev.seamless.triage.api;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

public class OneOfValidator implements ConstraintValidator<OneOf, String> {

    private Method parse;

    @Override
    public void initialize(OneOf annotation) {
        try {
            parse = annotation.value().getMethod("fromJson", String.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(annotation.value() + " has no fromJson(String)", e);
        }
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        try {
            parse.invoke(null, value);
            return true;
        } catch (InvocationTargetException e) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(escape(e.getCause().getMessage())).addConstraintViolation();
            return false;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Messages are templates: braces and dollar signs in the value must not be interpolated. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
