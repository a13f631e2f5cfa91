package dev.seamless.triage.clock;

import dev.seamless.events.types.TriageClock;
import dev.seamless.triage.board.RequestStatus;
import dev.seamless.triage.calendar.BusinessDays;
import dev.seamless.triage.qualification.Route;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The response targets of a triage request (docs/triage.md "Response clocks"), as plain rules:
 * <ul>
 * <li>{@code TRIAGE}: a request is triaged (an SA engaged, declined, or sent back to the AE) within one business day
 * of submission (LATER-VERSIONS.md), and again within one business day whenever it falls back to the backlog;</li>
 * <li>{@code ASYNC_RESPONSE}: office hours and asynchronous-only help are answered within the route's configured
 * response target (seeds 002 and 000), counted from the qualification;</li>
 * <li>{@code WAITING_ON_AE}: the AE supplies the missing information, reminded after a while and declined after a
 * further while (seed 002: "failure to provide this information could delay ... or declination").</li>
 * </ul>
 */
public final class ClockPolicy {

    public static final String TRIAGE_RULE = "triage.clock.triage";
    public static final String OFFICE_HOURS_RULE = "triage.clock.office-hours-response";
    public static final String ASYNC_RULE = "triage.clock.async-response";
    public static final String WAITING_RULE = "triage.clock.waiting-on-ae";
    public static final String WAITING_EXPIRED_RULE = "triage.waiting-on-ae.expired";

    private final ClockConfig config;
    private final BusinessDays businessDays;

    public ClockPolicy(ClockConfig config, BusinessDays businessDays) {
        this.config = config;
        this.businessDays = businessDays;
    }

    /** @return what the request's state means for its clock of that kind */
    public ClockState stateOf(TriageClock clock, ClockFacts facts) {
        if (facts.status() == RequestStatus.CLOSED) {
            return ClockState.STOPPED;
        }
        return switch (clock) {
            case TRIAGE -> facts.status() == RequestStatus.BACKLOG ? ClockState.RUNNING : ClockState.MET;
            case ASYNC_RESPONSE -> asyncResponseState(facts);
            case WAITING_ON_AE -> facts.status() == RequestStatus.WAITING ? ClockState.RUNNING : ClockState.MET;
        };
    }

    /**
     * The clock of that kind to start now, if any, when the request has none running.
     *
     * @param startedBefore whether the request had a clock of that kind before
     */
    public Optional<ClockTarget> start(TriageClock clock, ClockFacts facts, boolean startedBefore,
            OffsetDateTime now) {
        ClockState state = stateOf(clock, facts);
        return switch (clock) {
            // every request gets its triage clock from submission; later ones run while it is back in the backlog
            case TRIAGE -> !startedBefore ? Optional.of(triage(facts.submittedAt()))
                    : state == ClockState.RUNNING ? Optional.of(triage(now)) : Optional.empty();
            // one promise per request: the answer is due once
            case ASYNC_RESPONSE -> startedBefore || facts.responseDueBy() == null ? Optional.empty()
                    : Optional.of(asyncResponse(facts));
            case WAITING_ON_AE -> state == ClockState.RUNNING ? Optional.of(waitingOnAe(now)) : Optional.empty();
        };
    }

    /** @return the sentence that says why a clock ended in that state, for people */
    public static String endReason(ClockState state, ClockFacts facts) {
        String where = "request " + facts.status() + " on route " + facts.route()
                + (facts.saId() == null ? "" : " with " + facts.saId());
        return (state == ClockState.MET ? "met: " : "stopped: ") + where;
    }

    private ClockState asyncResponseState(ClockFacts facts) {
        if (facts.startedAt() != null || facts.status() == RequestStatus.COMPLETED) {
            return ClockState.MET;
        }
        boolean promised = facts.route() == Route.OFFICE_HOURS || facts.route() == Route.ASYNC_ONLY;
        return promised && facts.responseDueBy() != null ? ClockState.RUNNING : ClockState.STOPPED;
    }

    private ClockTarget triage(OffsetDateTime from) {
        int days = config.triage().businessDays();
        OffsetDateTime due = businessDays.plus(from, days);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("businessDays", days);
        inputs.put("timeZone", businessDays.zone().getId());
        inputs.put("weekend", businessDays.weekend().stream().sorted().map(Enum::name).toList());
        inputs.put("reminderLead", config.triage().reminderLead().toString());
        return new ClockTarget(TRIAGE_RULE, from, remindAt(from, due, config.triage().reminderLead()), due, inputs);
    }

    private ClockTarget asyncResponse(ClockFacts facts) {
        Duration target = Duration.between(facts.qualifiedAt(), facts.responseDueBy());
        Duration lead = config.asyncResponse().reminderLead();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("route", facts.route().name());
        inputs.put("target", target.toString());
        inputs.put("reminderLead", lead.toString());
        String rule = facts.route() == Route.OFFICE_HOURS ? OFFICE_HOURS_RULE : ASYNC_RULE;
        return new ClockTarget(rule, facts.qualifiedAt(), remindAt(facts.qualifiedAt(), facts.responseDueBy(), lead),
                facts.responseDueBy(), inputs);
    }

    private ClockTarget waitingOnAe(OffsetDateTime from) {
        ClockConfig.WaitingOnAe waiting = config.waitingOnAe();
        OffsetDateTime remindAt = from.plus(waiting.remindAfter());
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("remindAfter", waiting.remindAfter().toString());
        inputs.put("declineAfter", waiting.declineAfter().toString());
        inputs.put("declineWhenBreached", waiting.decline());
        return new ClockTarget(WAITING_RULE, from, remindAt, remindAt.plus(waiting.declineAfter()), inputs);
    }

    /** The reminder is due {@code lead} before the target, but never before the clock started. */
    private static OffsetDateTime remindAt(OffsetDateTime from, OffsetDateTime due, Duration lead) {
        OffsetDateTime remindAt = due.minus(lead);
        return remindAt.isBefore(from) ? from : remindAt;
    }
}
