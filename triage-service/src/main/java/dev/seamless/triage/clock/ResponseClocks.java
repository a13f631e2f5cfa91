package dev.seamless.triage.clock;

import dev.seamless.events.triage.TriageRequestDeclined;
import dev.seamless.events.triage.TriageResponseDueSoon;
import dev.seamless.events.triage.TriageResponseOverdue;
import dev.seamless.events.types.Reason;
import dev.seamless.events.types.TriageClock;
import dev.seamless.messaging.outbox.Outbox;
import dev.seamless.triage.api.ConflictException;
import dev.seamless.triage.board.RequestStatus;
import dev.seamless.triage.persistence.DecisionLock;
import dev.seamless.triage.qualification.RequestInformation;
import dev.seamless.triage.request.RequestLabels;
import dev.seamless.triage.request.TriageRequest;
import dev.seamless.triage.rotation.RotationService;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Keeps the response clocks of triage requests (docs/triage.md "Response clocks"): starts and ends them as requests
 * change, and on a schedule publishes each due reminder ({@code TriageResponseDueSoon}) and each breach
 * ({@code TriageResponseOverdue}) once; a breached WAITING_ON_AE clock declines its request. Gauges count the
 * requests nobody owns and the age of the oldest: their TRIAGE clock's breach is the alert.
 */
@ApplicationScoped
public class ResponseClocks {

    @Inject
    ClockPolicy policy;

    @Inject
    ClockConfig config;

    @Inject
    RotationService rotation;

    @Inject
    RequestLabels labels;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    DecisionLock decisionLock;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    private final AtomicLong unownedRequests = new AtomicLong();
    private final AtomicLong oldestUnownedAgeSeconds = new AtomicLong();

    void registerGauges(@Observes StartupEvent startup) {
        registry.gauge("seamless.triage.unowned.requests", unownedRequests);
        registry.gauge("seamless.triage.unowned.oldest.age.seconds", oldestUnownedAgeSeconds);
    }

    /** Brings the request's clocks in line with its state: ends those met or no longer due, starts those now due. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void track(TriageRequest request) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ClockFacts facts = factsOf(request);
        List<ResponseClock> clocks = ResponseClock.of(request.id);
        for (TriageClock kind : TriageClock.values()) {
            List<ResponseClock> ofKind = clocks.stream().filter(existing -> existing.clock == kind).toList();
            Optional<ResponseClock> running = ofKind.stream().filter(ResponseClock::running).findFirst();
            ClockState state = policy.stateOf(kind, facts);
            if (running.isPresent()) {
                if (state != ClockState.RUNNING) {
                    running.get().end(state, now, ClockPolicy.endReason(state, facts));
                }
                continue;
            }
            policy.start(kind, facts, !ofKind.isEmpty(), now).ifPresent(target -> {
                ResponseClock started = start(request, kind, target);
                if (state != ClockState.RUNNING) {
                    started.end(state, now, ClockPolicy.endReason(state, facts));
                }
            });
        }
    }

    /** An SA answered an office-hours or asynchronous request: its ASYNC_RESPONSE clock is met. */
    @Transactional
    public List<ResponseClockView> respond(String requestId, String responder) {
        decisionLock.acquire();
        if (TriageRequest.findById(requestId) == null) {
            throw new NotFoundException("no triage request " + requestId);
        }
        ResponseClock running = ResponseClock.<ResponseClock>find("requestId = ?1 and clock = ?2 and metAt is null"
                + " and stoppedAt is null", requestId, TriageClock.ASYNC_RESPONSE).firstResultOptional()
                .orElseThrow(() -> new ConflictException("request " + requestId + " has no response clock running"));
        running.end(ClockState.MET, OffsetDateTime.now(clock), "met: answered by " + responder);
        return ResponseClockView.of(requestId);
    }

    @Scheduled(identity = "triage-response-clocks", every = "${seamless.triage.clocks.check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        check();
    }

    /**
     * Publishes the breaches and reminders that are due now, each once: what was published is recorded in the same
     * transaction as the outbox message. A clock breached before its reminder went out gets no reminder.
     *
     * @return how many reminders and breaches were published
     */
    @Transactional
    public int check() {
        decisionLock.acquire();
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ResponseClock> breached = ResponseClock.list("metAt is null and stoppedAt is null and breachedAt is null"
                + " and dueAt <= ?1 order by dueAt, id", now);
        for (ResponseClock due : breached) {
            TriageRequest request = TriageRequest.findById(due.requestId);
            due.ownerId = ownerOf(due.clock, request);
            due.breachedAt = now;
            outbox.publish(new TriageResponseOverdue(due.requestId, due.accountId, due.clock, due.ownerId,
                    due.dueAt));
            if (due.clock == TriageClock.WAITING_ON_AE && config.waitingOnAe().decline()
                    && request.status == RequestStatus.WAITING) {
                decline(request, due, now);
            }
        }
        List<ResponseClock> reminded = ResponseClock.list("metAt is null and stoppedAt is null and breachedAt is null"
                + " and remindedAt is null and remindAt <= ?1 order by remindAt, id", now);
        for (ResponseClock due : reminded) {
            due.ownerId = ownerOf(due.clock, TriageRequest.findById(due.requestId));
            due.remindedAt = now;
            outbox.publish(new TriageResponseDueSoon(due.requestId, due.accountId, due.clock, due.ownerId,
                    due.dueAt));
        }
        measureUnowned(now);
        return breached.size() + reminded.size();
    }

    /** Seed 002: missing meeting information that is not supplied leads to the request's declination. */
    private void decline(TriageRequest request, ResponseClock waiting, OffsetDateTime now) {
        String missing = request.qualification.missingInformation().stream().map(RequestInformation::name)
                .collect(Collectors.joining(", "));
        String message = "The AE did not supply the missing information (" + missing + ") between "
                + waiting.startedAt + " and " + waiting.dueAt + ", so the meeting request is declined.";
        waiting.end(ClockState.STOPPED, now, "declined: " + ClockPolicy.WAITING_EXPIRED_RULE);
        request.status = RequestStatus.DECLINED;
        outbox.publish(new TriageRequestDeclined(request.id, request.accountId, request.opportunityId,
                request.route.name(), labels.compute(request),
                List.of(new Reason(ClockPolicy.WAITING_EXPIRED_RULE, message)), request.policyVersion));
        labels.refresh(request, RequestLabels.SYSTEM, "declined: " + ClockPolicy.WAITING_EXPIRED_RULE);
    }

    /** Counts the open requests in the backlog without anybody on them, and how long the oldest has waited. */
    private void measureUnowned(OffsetDateTime now) {
        Object[] row = entityManager.createQuery("select count(r), min(coalesce(c.startedAt, r.submittedAt))"
                + " from TriageRequest r left join ResponseClock c on c.requestId = r.id and c.clock = :triage"
                + " and c.metAt is null and c.stoppedAt is null where r.status = :backlog and r.saId is null",
                Object[].class).setParameter("triage", TriageClock.TRIAGE)
                .setParameter("backlog", RequestStatus.BACKLOG).getSingleResult();
        unownedRequests.set(((Number) row[0]).longValue());
        OffsetDateTime oldest = (OffsetDateTime) row[1];
        oldestUnownedAgeSeconds.set(oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toSeconds()));
    }

    private ResponseClock start(TriageRequest request, TriageClock kind, ClockTarget target) {
        ResponseClock started = new ResponseClock();
        started.requestId = request.id;
        started.accountId = request.accountId;
        started.clock = kind;
        started.rule = target.rule();
        started.inputs = target.inputs();
        started.ownerId = ownerOf(kind, request);
        started.startedAt = target.startedAt();
        started.remindAt = target.remindAt();
        started.dueAt = target.dueAt();
        started.persist();
        return started;
    }

    /**
     * Today's triage owner (the week's triage SA, else the fallback owner) owes the triage; the request's SA (else the
     * triage owner) the answer; the requesting AE the missing information.
     */
    private String ownerOf(TriageClock kind, TriageRequest request) {
        return switch (kind) {
            case TRIAGE -> triageOwnerToday();
            case ASYNC_RESPONSE -> request.saId != null ? request.saId : triageOwnerToday();
            case WAITING_ON_AE -> request.requesterId;
        };
    }

    private String triageOwnerToday() {
        return rotation.ownerToday().map(RotationService.Owner::saId).orElse(null);
    }

    private static ClockFacts factsOf(TriageRequest request) {
        return new ClockFacts(request.status, request.route, request.saId, request.submittedAt, request.qualifiedAt,
                request.responseDueBy, request.startedAt);
    }
}
