package dev.seamless.triage.qualification;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts as people read them in reasons: {@code $10,000}, {@code $9,999.99}. */
final class Money {

    private Money() {
    }

    /** An amount in its currency: {@code $10,000} in USD, {@code EUR 9,259.26} otherwise. */
    static String format(BigDecimal amount, String currency) {
        String code = UsdRates.currencyOf(currency);
        return code.equals(UsdRates.USD) ? format(amount) : code + " " + format(amount).substring(1);
    }

    static String format(BigDecimal amount) {
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        DecimalFormat format = new DecimalFormat(whole ? "$#,##0" : "$#,##0.00", DecimalFormatSymbols.getInstance(
                Locale.US));
        return format.format(amount);
    }
}
