package dev.seamless.triage.qualification;

/**
 * Where a triage request goes. The qualifying routes get an SA; the others are declined and say where the AE gets
 * help instead. Listed from the least to the most restrictive: when several rules fail, the most restrictive wins.
 */
public enum Route {
    /** An SA engages as requested (a meeting, or asynchronous help when that was asked for). */
    SA_ENGAGEMENT(true),
    /** The request is held until the AE supplies the missing meeting information. */
    WAITING_ON_AE(false),
    /** An SA helps, but only asynchronously (SMB limits, no guided POV for SMB). */
    ASYNC_ONLY(true),
    /** The deal qualifies for SA help but not for the POV that was asked for. */
    POV_DECLINED(false),
    /** Below the deal threshold: SA office hours and the SA Slack channel, same-day response target. */
    OFFICE_HOURS(false),
    /** The amount is in a currency without a configured USD rate: it cannot be compared with the thresholds. */
    UNSUPPORTED_CURRENCY(false);

    private final boolean qualified;

    Route(boolean qualified) {
        this.qualified = qualified;
    }

    /** @return whether the request gets an SA (TriageRequestQualified) rather than TriageRequestDeclined */
    public boolean qualified() {
        return qualified;
    }

    /** @return whether an SA may meet the customer on this route (asynchronous help only on ASYNC_ONLY) */
    public boolean allowsMeetings() {
        return this != ASYNC_ONLY;
    }

    public boolean moreRestrictiveThan(Route other) {
        return compareTo(other) > 0;
    }
}
