package dev.seamless.events.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * An amount of money: at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point and at most
 * {@value #MAX_DECIMALS} after it, as the services store it ({@code numeric(19, 2)}). The bound also keeps a number
 * such as {@code 1e100000000}, cheap to read but ruinous to compute with, out of every service.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD })
public @interface Money {

    int MAX_INTEGER_DIGITS = 17;
    int MAX_DECIMALS = 2;

    /** Every amount is below this one: a one and seventeen zeros. */
    BigDecimal LIMIT = BigDecimal.TEN.pow(MAX_INTEGER_DIGITS);

    /** The step between two amounts. */
    BigDecimal STEP = BigDecimal.ONE.movePointLeft(MAX_DECIMALS);
}
