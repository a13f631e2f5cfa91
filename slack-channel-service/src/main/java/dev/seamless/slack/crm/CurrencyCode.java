package dev.seamless.slack.crm;

import java.util.Currency;
import java.util.Locale;

/**
 * The currency of the CRM's money figures, as the contract states it (docs/events.md): an ISO 4217 code, USD when
 * absent. A figure in a currency nobody knows cannot be compared with a threshold, so such an event is refused.
 */
public final class CurrencyCode {

    private CurrencyCode() {
    }

    /**
     * @return the code in upper case, or null when the event has none
     * @throws IllegalArgumentException when it is not an ISO 4217 code
     */
    public static String checked(String code) {
        if (code == null) {
            return null;
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        try {
            return Currency.getInstance(upper).getCurrencyCode();
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("currency '" + code + "' is not an ISO 4217 code (docs/events.md)");
        }
    }
}
