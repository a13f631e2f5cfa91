package dev.seamless.events.validation;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Checks the {@link Required}, {@link NonNegative}, {@link Money} and {@link MaxLength} rules of an event record,
 * nested records and lists of records included, and reports every violation at once with the path of the field, e.g.
 * {@code reasons[1].rule}.
 */
public final class EventValidator {

    private EventValidator() {
    }

    /** @return the violations, empty when the record is valid */
    public static List<String> violations(Record event) {
        List<String> violations = new ArrayList<>();
        collect(event, "", violations);
        return violations;
    }

    private static void collect(Record record, String prefix, List<String> violations) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            String path = prefix + component.getName();
            Object value = valueOf(record, component);
            if (component.isAnnotationPresent(Required.class) && isMissing(value)) {
                violations.add(path + " is required");
                continue;
            }
            if (component.isAnnotationPresent(NonNegative.class) && isNegative(value)) {
                violations.add(path + " must not be negative (was " + value + ")");
            }
            MaxLength maxLength = component.getAnnotation(MaxLength.class);
            if (maxLength != null && value instanceof CharSequence text && text.length() > maxLength.value()) {
                violations.add(path + " must have at most " + maxLength.value() + " characters (had "
                        + text.length() + ")");
            }
            if (component.isAnnotationPresent(Money.class) && value instanceof BigDecimal amount
                    && !isMoney(amount)) {
                violations.add(path + " must be an amount with at most " + Money.MAX_INTEGER_DIGITS
                        + " digits before the decimal point and " + Money.MAX_DECIMALS + " after it (was "
                        + abbreviated(amount) + ")");
            }
            if (value instanceof Record nested) {
                collect(nested, path + ".", violations);
            } else if (value instanceof Collection<?> items) {
                int index = 0;
                for (Object item : items) {
                    if (item == null) {
                        violations.add(path + "[" + index + "] must not be null");
                    } else if (item instanceof Record nestedItem) {
                        collect(nestedItem, path + "[" + index + "].", violations);
                    }
                    index++;
                }
            }
        }
    }

    private static Object valueOf(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }

    private static boolean isMissing(Object value) {
        return value == null || (value instanceof CharSequence text && text.toString().isBlank())
                || (value instanceof Collection<?> items && items.isEmpty());
    }

    /** Reads only the unscaled digits' count and the scale: cheap for any value, {@code 1e100000000} included. */
    private static boolean isMoney(BigDecimal amount) {
        BigDecimal stripped = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
        return stripped.scale() <= Money.MAX_DECIMALS
                && stripped.precision() - stripped.scale() <= Money.MAX_INTEGER_DIGITS;
    }

    /** The value as a person reads it, without writing out a hundred million zeros. */
    private static String abbreviated(BigDecimal amount) {
        String text = amount.toString();
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static boolean isNegative(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() < 0;
        }
        return value instanceof Number number && number.doubleValue() < 0;
    }
}
