package dev.seamless.triage.calendar;

import java.time.LocalDate;
import java.time.Month;

/**
 * The company's fiscal calendar. A fiscal year is named after the calendar year in which it ends, as GitLab does: with
 * a February start, FY27 runs from 1 February 2026 to 31 January 2027. With a January start the fiscal year is the
 * calendar year.
 */
public final class FiscalCalendar {

    private final Month startMonth;
    private final String quarterLabelPattern;

    /**
     * @param quarterLabelPattern the quarter label, with {@code {yyyy}} (fiscal year), {@code {yy}} (its last two
     *            digits) and {@code {q}} (quarter 1-4) filled in, e.g. {@code FY{yy}-Q{q}}
     */
    public FiscalCalendar(Month startMonth, String quarterLabelPattern) {
        this.startMonth = startMonth;
        this.quarterLabelPattern = quarterLabelPattern;
    }

    public int fiscalYear(LocalDate date) {
        boolean startsInJanuary = startMonth == Month.JANUARY;
        return date.getMonthValue() >= startMonth.getValue() && !startsInJanuary ? date.getYear() + 1
                : date.getYear();
    }

    /** @return 1 to 4 */
    public int quarter(LocalDate date) {
        int monthsIntoYear = Math.floorMod(date.getMonthValue() - startMonth.getValue(), 12);
        return monthsIntoYear / 3 + 1;
    }

    public String quarterLabel(LocalDate date) {
        int year = fiscalYear(date);
        return quarterLabelPattern.replace("{yyyy}", Integer.toString(year))
                .replace("{yy}", String.format("%02d", year % 100))
                .replace("{q}", Integer.toString(quarter(date)));
    }

    public boolean sameFiscalYear(LocalDate one, LocalDate other) {
        return fiscalYear(one) == fiscalYear(other);
    }

    public Month startMonth() {
        return startMonth;
    }
}
