package dev.seamless.triage.qualification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Converts money to USD, the currency of every threshold, with configured rates (USD per unit of the currency). USD
 * itself, or no currency, needs no rate; a currency without a configured rate cannot be converted.
 */
public record UsdRates(Map<String, BigDecimal> rates) {

    public static final String USD = "USD";

    public UsdRates {
        Map<String, BigDecimal> normalised = new HashMap<>();
        rates.forEach((currency, rate) -> {
            if (rate.signum() <= 0) {
                throw new IllegalArgumentException("the USD rate of " + currency + " must be positive, not " + rate);
            }
            normalised.put(currencyOf(currency), rate);
        });
        rates = Map.copyOf(normalised);
    }

    /** @return the ISO code as it is compared: upper case, USD when absent */
    public static String currencyOf(String currency) {
        return currency == null || currency.isBlank() ? USD : currency.trim().toUpperCase(Locale.ROOT);
    }

    /** @return USD per unit of the currency, if it is USD or has a configured rate */
    public Optional<BigDecimal> rateOf(String currency) {
        String code = currencyOf(currency);
        return code.equals(USD) ? Optional.of(BigDecimal.ONE) : Optional.ofNullable(rates.get(code));
    }

    /** @return the amount in USD to the cent, if the currency can be converted */
    public Optional<BigDecimal> toUsd(BigDecimal amount, String currency) {
        return rateOf(currency).map(rate -> amount.multiply(rate).setScale(2, RoundingMode.HALF_UP));
    }
}
