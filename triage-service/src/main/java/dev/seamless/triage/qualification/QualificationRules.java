package dev.seamless.triage.qualification;

import dev.seamless.events.types.Activity;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.Reason;
import dev.seamless.triage.calendar.FiscalCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides where a triage request goes (seed 002: deal qualification, POVs, meeting expectations, office hours;
 * seed 000: SMB synchronous engagement criteria and limitations). Every rule is evaluated and recorded; the most
 * restrictive failed rule decides the route. An approved exception waives the thresholds but not the missing meeting
 * information.
 */
public final class QualificationRules {

    public static final String MIN_PIPED_AMOUNT = "qualification.min-piped-amount";
    public static final String FIRST_ORDER_MIN_PIPED_AMOUNT = "qualification.first-order-min-piped-amount";
    public static final String POV_MIN_AMOUNT = "qualification.pov-min-amount";
    public static final String NO_GUIDED_POV = "qualification.sync-limits.no-guided-pov";
    public static final String NO_GUIDED_ARCHITECTURE = "qualification.sync-limits.no-guided-architecture";
    public static final String SYNC_MIN_IACV = "qualification.sync-limits.min-iacv";
    public static final String SYNC_PRESALES_ENGAGEMENTS = "qualification.sync-limits.presales-engagements";
    public static final String SYNC_PRESALES_MINUTES = "qualification.sync-limits.presales-minutes";
    public static final String SYNC_POSTSALES_ENGAGEMENTS = "qualification.sync-limits.postsales-engagements";
    public static final String SYNC_POSTSALES_MINUTES = "qualification.sync-limits.postsales-minutes";
    public static final String MEETING_INFORMATION = "qualification.meeting-information";
    public static final String EXCEPTION_APPROVED = "qualification.exception-approved";
    public static final String CURRENCY_RATE = "qualification.currency-rate";

    /**
     * The figures the thresholds are compared with: the CRM's when it described the opportunity, else the form's, in
     * USD; {@code origin} says so in the reasons ("" for a USD form amount nobody contradicts).
     */
    private record Qualifying(BigDecimal amount, BigDecimal iacv, String origin) {
    }

    private final QualificationPolicy policy;
    private final FiscalCalendar calendar;

    public QualificationRules(QualificationPolicy policy, FiscalCalendar calendar) {
        this.policy = policy;
        this.calendar = calendar;
    }

    /**
     * @param priorEngagements the account's other synchronous SA engagements (open or completed)
     * @param exception an approved exception, if there is one
     */
    public Qualification decide(QualificationInput request, List<PriorEngagement> priorEngagements,
            Optional<ApprovedException> exception) {
        List<Check> checks = new ArrayList<>();
        Map<String, Object> amountInputs = new LinkedHashMap<>();
        Optional<Qualifying> qualifying = qualifying(request, amountInputs);
        if (qualifying.isEmpty()) {
            checks.add(unsupportedCurrency(amountInputs));
        } else {
            checks.add(dealSize(request, qualifying.get()));
            checks.addAll(pov(request, qualifying.get()));
            checks.addAll(synchronousLimits(request, qualifying.get(), priorEngagements));
        }
        if (exception.isPresent()) {
            checks.replaceAll(check -> check.passed() ? check : check.waivedBy(exception.get()));
        }
        Route route = Route.SA_ENGAGEMENT;
        for (Check check : checks) {
            if (check.binding() && check.routeIfFailed().moreRestrictiveThan(route)) {
                route = check.routeIfFailed();
            }
        }
        List<RequestInformation> missing = List.of();
        if (route == Route.SA_ENGAGEMENT && request.synchronous()) {
            missing = policy.requiredForMeetings().stream().filter(info -> !request.provided().contains(info))
                    .toList();
            checks.add(meetingInformation(missing));
            if (!missing.isEmpty()) {
                route = Route.WAITING_ON_AE;
            }
        }
        Map<String, Object> inputs = inputs(request, priorEngagements, exception);
        inputs.putAll(amountInputs);
        return new Qualification(route, reasons(route, checks, exception), List.copyOf(checks), missing,
                responseTarget(route), inputs);
    }

    /**
     * The amount and IACV in USD: the CRM's figures of the opportunity when it described it (an IACV it left out is
     * the form's), else the form's; empty when a currency has no USD rate. Records what it looked at in the inputs.
     */
    private Optional<Qualifying> qualifying(QualificationInput request, Map<String, Object> inputs) {
        CrmFigures crm = request.crm();
        boolean fromCrm = crm != null;
        String amountCurrency = UsdRates.currencyOf(fromCrm ? crm.currency() : request.currency());
        BigDecimal amount = fromCrm ? crm.amount() : request.amount();
        boolean crmIacv = fromCrm && crm.iacv() != null;
        String iacvCurrency = UsdRates.currencyOf(crmIacv ? crm.currency() : request.currency());
        BigDecimal iacv = crmIacv ? crm.iacv() : request.iacv();
        inputs.put("formCurrency", UsdRates.currencyOf(request.currency()));
        inputs.put("amountSource", fromCrm ? "crm" : "form");
        if (fromCrm) {
            inputs.put("crmAmount", crm.amount());
            inputs.put("crmIacv", crm.iacv());
            inputs.put("crmCurrency", amountCurrency);
        }
        Optional<BigDecimal> usdAmount = policy.usdRates().toUsd(amount, amountCurrency);
        Optional<BigDecimal> usdIacv = iacv == null ? Optional.of(BigDecimal.ZERO)
                : policy.usdRates().toUsd(iacv, iacvCurrency);
        if (usdAmount.isEmpty() || usdIacv.isEmpty()) {
            inputs.put("unsupportedCurrency", usdAmount.isEmpty() ? amountCurrency : iacvCurrency);
            return Optional.empty();
        }
        inputs.put("usdRate", policy.usdRates().rateOf(amountCurrency).orElseThrow());
        inputs.put("qualifyingAmountUsd", usdAmount.get());
        inputs.put("qualifyingIacvUsd", usdIacv.get());
        String origin = "";
        if (!amountCurrency.equals(UsdRates.USD)) {
            origin += " (" + Money.format(amount, amountCurrency) + " at " + policy.usdRates().rateOf(amountCurrency)
                    .orElseThrow().stripTrailingZeros().toPlainString() + " USD per " + amountCurrency + ")";
        }
        if (fromCrm) {
            boolean differs = amount.compareTo(request.amount()) != 0
                    || !amountCurrency.equals(UsdRates.currencyOf(request.currency()));
            origin += " as the CRM's opportunity says" + (differs ? "; the form said " + Money.format(
                    request.amount(), request.currency()) : "");
        }
        return Optional.of(new Qualifying(usdAmount.get(), usdIacv.get(), origin));
    }

    private Check unsupportedCurrency(Map<String, Object> inputs) {
        String currency = (String) inputs.get("unsupportedCurrency");
        return Check.failed(CURRENCY_RATE, Route.UNSUPPORTED_CURRENCY, "The amount is in " + currency
                + ", which has no configured USD rate (seamless.triage.currency.usd-rates." + currency
                + "): it cannot be compared with the thresholds, which are in USD. Resubmit the request in USD or a"
                + " currency with a rate" + (policy.usdRates().rates().isEmpty() ? "."
                        : " (" + String.join(", ", policy.usdRates().rates().keySet().stream().sorted().toList())
                                + ")."));
    }

    private Check dealSize(QualificationInput request, Qualifying qualifying) {
        boolean firstOrder = request.orderType() == OrderType.FIRST_ORDER;
        BigDecimal threshold = firstOrder ? policy.firstOrderMinPipedAmount()
                : policy.minPipedAmount().get(request.segment());
        String rule = firstOrder ? FIRST_ORDER_MIN_PIPED_AMOUNT : MIN_PIPED_AMOUNT;
        String scope = firstOrder ? "first orders" : request.segment() + " deals";
        String amounts = "piped at " + Money.format(qualifying.amount()) + qualifying.origin() + "; " + scope
                + " qualify from " + Money.format(threshold) + ".";
        if (qualifying.amount().compareTo(threshold) >= 0) {
            return Check.passed(rule, "The deal qualifies for an SA: " + amounts);
        }
        return Check.failed(rule, Route.OFFICE_HOURS, "The deal is below the SA threshold: " + amounts
                + " Use SA office hours or the SA Slack channel (response target " + human(policy
                        .officeHoursResponseTarget()) + ").");
    }

    private List<Check> pov(QualificationInput request, Qualifying qualifying) {
        if (request.activity() != Activity.POV) {
            return List.of();
        }
        // the POV floor applies to every segment; a segment without guided POVs is restricted on top of it
        List<Check> checks = new ArrayList<>();
        String amounts = "piped at " + Money.format(qualifying.amount()) + qualifying.origin()
                + "; POVs are positioned from " + Money.format(policy.povMinAmount()) + ".";
        checks.add(qualifying.amount().compareTo(policy.povMinAmount()) >= 0
                ? Check.passed(POV_MIN_AMOUNT, "The deal is large enough for a POV: " + amounts)
                : Check.failed(POV_MIN_AMOUNT, Route.POV_DECLINED, "The deal is too small for a POV: " + amounts
                        + " Ask for a demo or a technical session instead, or for an exception."));
        Optional<SyncLimits> limits = policy.syncLimitsOf(request.segment());
        if (limits.isPresent() && !limits.get().guidedPov()) {
            checks.add(Check.failed(NO_GUIDED_POV, Route.ASYNC_ONLY, request.segment()
                    + " accounts get no guided POV or dedicated trial guidance; the SA team helps asynchronously."));
        }
        return checks;
    }

    private List<Check> synchronousLimits(QualificationInput request, Qualifying qualifying,
            List<PriorEngagement> priorEngagements) {
        Optional<SyncLimits> configured = policy.syncLimitsOf(request.segment());
        if (!request.synchronous() || configured.isEmpty()) {
            return List.of();
        }
        SyncLimits limits = configured.get();
        List<Check> checks = new ArrayList<>();
        BigDecimal iacv = qualifying.iacv();
        String iacvText = "IACV " + Money.format(iacv) + "; " + request.segment() + " meetings are offered from "
                + Money.format(limits.minIacv()) + " IACV.";
        checks.add(iacv.compareTo(limits.minIacv()) >= 0
                ? Check.passed(SYNC_MIN_IACV, "Synchronous help is open to this deal: " + iacvText)
                : Check.failed(SYNC_MIN_IACV, Route.ASYNC_ONLY, "Too small for synchronous help: " + iacvText
                        + " The SA team answers asynchronously."));
        List<String> unguided = request.topics().stream().filter(limits.unguidedTopics()::contains).sorted()
                .toList();
        if (!unguided.isEmpty()) {
            checks.add(Check.failed(NO_GUIDED_ARCHITECTURE, Route.ASYNC_ONLY, request.segment() + " accounts get no"
                    + " guided architecture guidance or deployment assistance in meetings, and the request names "
                    + String.join(", ", unguided) + "; the SA team helps asynchronously."));
        }
        int minutes = minutesOf(request);
        if (request.postSales()) {
            List<PriorEngagement> thisYear = priorEngagements.stream().filter(PriorEngagement::postSales)
                    .filter(prior -> calendar.sameFiscalYear(prior.engagementDay(), request.engagementDay()))
                    .toList();
            String period = " synchronous post-sales engagements in FY" + calendar.fiscalYear(
                    request.engagementDay());
            checks.add(countCheck(SYNC_POSTSALES_ENGAGEMENTS, thisYear, limits.maxPostsalesEngagementsPerYear(),
                    period));
            checks.add(minutesCheck(SYNC_POSTSALES_MINUTES, thisYear, minutes, limits.maxPostsalesMinutesPerYear(),
                    period));
        } else {
            List<PriorEngagement> presales = priorEngagements.stream().filter(prior -> !prior.postSales()).toList();
            String period = " synchronous pre-sales engagements";
            checks.add(countCheck(SYNC_PRESALES_ENGAGEMENTS, presales, limits.maxPresalesEngagements(), period));
            checks.add(minutesCheck(SYNC_PRESALES_MINUTES, presales, minutes, limits.maxPresalesMinutes(), period));
        }
        return checks;
    }

    private static Check countCheck(String rule, List<PriorEngagement> prior, int max, String period) {
        String text = "the account has had " + prior.size() + period + idsOf(prior) + "; at most " + max
                + " are offered.";
        return prior.size() < max
                ? Check.passed(rule, "Within the limit: " + text)
                : Check.failed(rule, Route.ASYNC_ONLY, "Limit reached: " + text + " Further help is asynchronous.");
    }

    private Check minutesCheck(String rule, List<PriorEngagement> prior, int minutes, int max, String period) {
        int used = prior.stream().mapToInt(engagement -> engagement.minutes() != null ? engagement.minutes()
                : policy.defaultMeetingMinutes()).sum();
        String text = used + " minutes used in" + period + " plus " + minutes + " requested make " + (used + minutes)
                + " of at most " + max + ".";
        return used + minutes <= max
                ? Check.passed(rule, "Within the time limit: " + text)
                : Check.failed(rule, Route.ASYNC_ONLY, "Over the time limit: " + text
                        + " Further help is asynchronous.");
    }

    private Check meetingInformation(List<RequestInformation> missing) {
        if (missing.isEmpty()) {
            return Check.passed(MEETING_INFORMATION, "The meeting request carries "
                    + fieldNames(policy.requiredForMeetings()) + ".");
        }
        return Check.failed(MEETING_INFORMATION, Route.WAITING_ON_AE, "Waiting on the AE for "
                + fieldNames(missing) + ": agenda and attendees must be known before an SA schedules a meeting.");
    }

    private List<Reason> reasons(Route route, List<Check> checks, Optional<ApprovedException> exception) {
        List<Reason> reasons = new ArrayList<>();
        for (Check check : checks) {
            boolean decisive = route == Route.SA_ENGAGEMENT ? !check.binding()
                    : check.binding() && check.routeIfFailed() == route;
            if (decisive) {
                reasons.add(new Reason(check.rule(), check.message()));
            }
        }
        if (exception.isPresent() && checks.stream().anyMatch(Check::waived)) {
            reasons.add(new Reason(EXCEPTION_APPROVED, "Thresholds waived by the exception " + exception.get()
                    .describe() + "."));
        }
        return reasons;
    }

    private Duration responseTarget(Route route) {
        return switch (route) {
            case OFFICE_HOURS -> policy.officeHoursResponseTarget();
            case ASYNC_ONLY -> policy.asyncResponseTarget();
            default -> null;
        };
    }

    private int minutesOf(QualificationInput request) {
        return request.durationMinutes() != null ? request.durationMinutes() : policy.defaultMeetingMinutes();
    }

    private Map<String, Object> inputs(QualificationInput request, List<PriorEngagement> prior,
            Optional<ApprovedException> exception) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("segment", request.segment());
        inputs.put("orderType", request.orderType());
        inputs.put("amount", request.amount());
        inputs.put("iacv", request.iacv());
        inputs.put("activity", request.activity());
        inputs.put("topics", request.topics().stream().sorted().toList());
        inputs.put("synchronous", request.synchronous());
        inputs.put("postSales", request.postSales());
        inputs.put("durationMinutes", minutesOf(request));
        inputs.put("engagementTime", request.engagementTime());
        inputs.put("engagementDay", request.engagementDay().toString());
        inputs.put("timeZone", request.zone().getId());
        inputs.put("priorSynchronousEngagements", prior.stream().map(PriorEngagement::requestId).toList());
        inputs.put("exception", exception.isPresent());
        return inputs;
    }

    private static String idsOf(List<PriorEngagement> prior) {
        return prior.isEmpty() ? "" : prior.stream().map(PriorEngagement::requestId)
                .collect(Collectors.joining(", ", " (", ")"));
    }

    private static String fieldNames(List<RequestInformation> information) {
        return information.stream().map(RequestInformation::fieldName).collect(Collectors.joining(", "));
    }

    private static String human(Duration duration) {
        return duration.toMinutes() % 60 == 0 ? duration.toHours() + " h" : duration.toMinutes() + " min";
    }
}
