package dev.seamless.triage.qualification;

import java.math.BigDecimal;

/** The money of an opportunity as the CRM last described it; {@code currency} absent means USD. */
public record CrmFigures(BigDecimal amount, BigDecimal iacv, String currency) {
}
