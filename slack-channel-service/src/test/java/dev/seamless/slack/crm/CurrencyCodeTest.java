package dev.seamless.slack.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CurrencyCodeTest {

    @Test
    void anIsoCodeIsKeptInUpperCaseAndNoneStaysNone() {
        assertThat(CurrencyCode.checked("EUR")).isEqualTo("EUR");
        assertThat(CurrencyCode.checked(" usd ")).isEqualTo("USD");
        assertThat(CurrencyCode.checked(null)).isNull();
    }

    @Test
    void aCodeIso4217DoesNotKnowIsRefused() {
        for (String code : new String[] { "DOLLARS", "US", "EURO", "QQQ", "" }) {
            assertThatThrownBy(() -> CurrencyCode.checked(code)).as(code)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("currency '" + code + "' is not an ISO 4217 code (docs/events.md)");
        }
    }
}
