package dev.seamless.triage.assignment;

import dev.seamless.events.triage.RankedCandidate;
import dev.seamless.triage.account.AccountRegion;
import dev.seamless.triage.persistence.DecisionLock;
import dev.seamless.triage.policy.PolicyVersion;
import dev.seamless.triage.roster.RosterService;
import dev.seamless.triage.roster.SolutionsArchitect;
import dev.seamless.triage.rotation.RotationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides assignments with the {@link AssignmentEngine} over the current roster, the account's SA and the week's
 * triage SA, and records each decision with its explanation. Applying it to the request is the caller's part.
 */
@ApplicationScoped
public class AssignmentService {

    public static final String MANUAL = "assignment.manual";
    public static final String PULLED = "assignment.pulled";
    public static final String RELEASED = "assignment.released";
    public static final String ACCOUNT_TRANSFER = "assignment.account-transfer";

    @Inject
    AssignmentEngine engine;

    @Inject
    RosterService roster;

    @Inject
    RotationService rotation;

    @Inject
    PolicyVersion policyVersion;

    @Inject
    Clock clock;

    @Inject
    DecisionLock decisionLock;

    @Inject
    RegionalBoards boards;

    /**
     * @param leaving the SA the request moves away from (never chosen again), or null
     * @param leavingReason why, as the candidate list will say
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Assignment decide(AssignmentSubject subject, AssignmentTrigger trigger, String decidedBy, String leaving,
            String leavingReason) {
        decisionLock.acquire();
        AssignmentDecision decision = evaluate(subject, leaving, leavingReason);
        return record(subject, trigger, decidedBy, decision.saId(), decision.engaged(), decision.rule(),
                decision.message(), decision.candidates(), decision.inputs());
    }

    /**
     * Places a request held in the backlog with an SA engaged on it, if the engine now finds one; a decision that
     * would hold it again is not recorded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Assignment> placeIfEngaged(AssignmentSubject subject, String decidedBy) {
        AssignmentDecision decision = evaluate(subject, null, null);
        if (!decision.engaged()) {
            return Optional.empty();
        }
        return Optional.of(record(subject, AssignmentTrigger.BACKLOG_PLACED, decidedBy, decision.saId(), true,
                decision.rule(), "Capacity freed up for the backlog. " + decision.message(), decision.candidates(),
                decision.inputs()));
    }

    private AssignmentDecision evaluate(AssignmentSubject subject, String leaving, String leavingReason) {
        decisionLock.acquire();
        Optional<RotationService.Owner> owner = rotation.ownerToday();
        String accountRegion = AccountRegion.of(subject.accountId()).orElse(null);
        AssignmentInput input = new AssignmentInput(subject.requestId(), subject.topics(), subject.window(),
                subject.weight(), AccountSa.of(subject.accountId()).orElse(null),
                owner.map(RotationService.Owner::saId).orElse(null), leaving == null ? Set.of() : Set.of(leaving),
                leavingReason, accountRegion, boards.of(accountRegion).orElse(null));
        AssignmentDecision decision = engine.assign(input, roster.candidates(subject.requestId()));
        boolean fallbackHolds = decision.rule().equals(AssignmentEngine.TRIAGE_SA)
                && owner.filter(RotationService.Owner::fallback).isPresent();
        if (!fallbackHolds) {
            return decision;
        }
        Map<String, Object> inputs = new LinkedHashMap<>(decision.inputs());
        inputs.put("triageSaFrom", "fallback: least-loaded available SA");
        String message = decision.message().replace("The triage SA of the week, ",
                "No SA of the rotation is on triage duty; the least-loaded available SA, ");
        return new AssignmentDecision(decision.saId(), decision.rule(), message, decision.candidates(), false, inputs);
    }

    /**
     * An assignment to a chosen SA: a manual reassignment, an SA pulling the request from the backlog, or the
     * account's new SA taking over its requests.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Assignment assignTo(AssignmentSubject subject, SolutionsArchitect sa, AssignmentTrigger trigger,
            String decidedBy, String note) {
        decisionLock.acquire();
        BigDecimal workload = roster.workloads(subject.requestId()).getOrDefault(sa.personId, BigDecimal.ZERO);
        int matches = (int) subject.topics().stream().filter(sa.topics()::contains).count();
        RankedCandidate chosen = new RankedCandidate(sa.personId, 1, matches, workload, sa.lastAssignedAt, null);
        String because = note == null || note.isBlank() ? "." : ": " + note;
        String rule = switch (trigger) {
            case PULLED -> PULLED;
            case ACCOUNT_TRANSFER -> ACCOUNT_TRANSFER;
            default -> MANUAL;
        };
        String message = switch (trigger) {
            case PULLED -> sa.personId + " pulled the request from the backlog by starting it.";
            case ACCOUNT_TRANSFER -> sa.personId + " takes the request over with the account, as its new SA"
                    + because;
            default -> decidedBy + " assigned it to " + sa.personId + because;
        };
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("chosenBy", decidedBy);
        inputs.put("note", note);
        inputs.put("topics", subject.topics().stream().sorted().toList());
        inputs.put("requestWeight", subject.weight());
        inputs.put("capacity", roster.capacityOf(sa));
        return record(subject, trigger, decidedBy, sa.personId, true, rule, message, List.of(chosen), inputs);
    }

    /**
     * The SA on the request (engaged, or holding it) lets it go without a successor, because it no longer qualifies
     * for an SA: it waits on the AE, or it was declined.
     *
     * @param why what the request's new qualification says
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Assignment release(AssignmentSubject subject, String releasedSaId, boolean wasEngaged, String decidedBy,
            String why) {
        String message = (wasEngaged ? releasedSaId + " is released" : "The triage SA " + releasedSaId
                + " no longer holds it") + ": " + why + ".";
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("releasedSaId", releasedSaId);
        inputs.put("wasEngaged", wasEngaged);
        return record(subject, AssignmentTrigger.QUALIFIED, decidedBy, null, false, RELEASED, message, List.of(),
                inputs);
    }

    /**
     * The first SA engaged on an account becomes its SA (seed 000: "that SA will consistently service that customer").
     * Later engagements of other SAs are covers and leave the account's SA as it is; only a transfer (the CRM or an SA
     * leader) changes it, or an account SA who left the roster.
     */
    private static void adoptAsAccountSa(String accountId, String saId, OffsetDateTime now) {
        Optional<String> accountSa = AccountSa.of(accountId);
        boolean vacant = accountSa.isEmpty() || SolutionsArchitect.<SolutionsArchitect>findByIdOptional(
                accountSa.get()).filter(sa -> sa.active).isEmpty();
        if (vacant) {
            AccountSa.record(accountId, saId, AccountSa.ASSIGNMENT, now);
        }
    }

    /**
     * Only an engaged assignment names the SA it takes over from; a hold or a release says that SA's handoff waits
     * for the SA engaged next.
     */
    private Assignment record(AssignmentSubject subject, AssignmentTrigger trigger, String decidedBy, String saId,
            boolean engaged, String rule, String message, List<RankedCandidate> candidates,
            Map<String, Object> inputs) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String handoffFrom = subject.handoffFromSaId();
        Assignment assignment = new Assignment();
        assignment.requestId = subject.requestId();
        assignment.accountId = subject.accountId();
        assignment.saId = saId;
        assignment.previousSaId = engaged && handoffFrom != null && !handoffFrom.equals(saId) ? handoffFrom : null;
        assignment.engaged = engaged;
        assignment.trigger = trigger;
        assignment.rule = rule;
        assignment.message = message;
        assignment.candidates = new ArrayList<>(candidates);
        assignment.inputs = new LinkedHashMap<>(inputs);
        if (!engaged && handoffFrom != null) {
            assignment.message += " The SA engaged on it next takes it over from " + handoffFrom + ".";
            assignment.inputs.put("handoffFromSaId", handoffFrom);
        }
        assignment.policyVersion = policyVersion.value();
        assignment.decidedBy = decidedBy;
        assignment.decidedAt = now;
        assignment.persist();
        if (engaged) {
            SolutionsArchitect sa = SolutionsArchitect.findById(saId);
            if (sa != null) {
                sa.lastAssignedAt = now;
            }
            adoptAsAccountSa(subject.accountId(), saId, now);
        }
        return assignment;
    }
}
