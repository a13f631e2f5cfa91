package dev.seamless.triage.request;

import dev.seamless.events.triage.EngagementCompleted;
import dev.seamless.events.triage.TriageRequestDeclined;
import dev.seamless.events.triage.TriageRequestQualified;
import dev.seamless.events.types.Reason;
import dev.seamless.messaging.outbox.Outbox;
import dev.seamless.triage.api.ConflictException;
import dev.seamless.triage.api.InvalidInputException;
import dev.seamless.triage.assignment.Assignment;
import dev.seamless.triage.assignment.AssignmentService;
import dev.seamless.triage.assignment.AssignmentSubject;
import dev.seamless.triage.assignment.AssignmentTrigger;
import dev.seamless.triage.assignment.EngagementLengths;
import dev.seamless.triage.board.Label;
import dev.seamless.triage.board.RequestStatus;
import dev.seamless.triage.calendar.CompanyTime;
import dev.seamless.triage.opportunity.CrmOpportunity;
import dev.seamless.triage.persistence.DecisionLock;
import dev.seamless.triage.policy.PolicyVersion;
import dev.seamless.triage.qualification.ApprovedException;
import dev.seamless.triage.qualification.PriorEngagement;
import dev.seamless.triage.qualification.Qualification;
import dev.seamless.triage.qualification.QualificationRules;
import dev.seamless.triage.qualification.Route;
import dev.seamless.triage.roster.SolutionsArchitect;
import dev.seamless.triage.roster.WorkloadPolicy;
import dev.seamless.triage.stage.StageReactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The life of a triage request: intake (REST and events alike), qualification, assignment, the transitions of the
 * board, exceptions and closing. Every state change and its events commit together through the outbox.
 */
@ApplicationScoped
public class TriageService {

    /** The requests with an SA on them (or holding them) that can move to another SA. */
    static final List<RequestStatus> ASSIGNABLE = List.of(RequestStatus.BACKLOG, RequestStatus.TRIAGED,
            RequestStatus.DOING);
    /** The SMB limits count open and completed engagements, and closed ones an SA was engaged on when they closed. */
    private static final List<RequestStatus> COUNTED_ENGAGEMENTS = List.of(RequestStatus.BACKLOG,
            RequestStatus.TRIAGED, RequestStatus.DOING, RequestStatus.COMPLETED);
    private static final List<RequestStatus> ENGAGED = List.of(RequestStatus.TRIAGED, RequestStatus.DOING);

    /** A submitted request and whether this submission created it (false: the same requestId was seen before). */
    public record Submission(TriageRequest request, boolean created) {
    }

    @Inject
    QualificationRules rules;

    @Inject
    AssignmentService assignments;

    @Inject
    WorkloadPolicy workload;

    @Inject
    RequestLabels labels;

    @Inject
    Outbox outbox;

    @Inject
    StageReactions stages;

    @Inject
    Clock clock;

    @Inject
    PolicyVersion policyVersion;

    @Inject
    Validator validator;

    @Inject
    EntityManager entityManager;

    @Inject
    DecisionLock decisionLock;

    @Inject
    CompanyTime time;

    @Inject
    EngagementLengths lengths;

    /**
     * Takes a triage form in, validated by the same rules whichever way it came. The request id makes it idempotent:
     * a form with a known {@code requestId} changes nothing and returns the request as it is.
     *
     * @param requesterId the requesting AE: the caller when an AE submits, else the form's {@code requesterId}
     */
    @Transactional
    public Submission submit(TriageForm form, String requesterId, Channel channel, String submittedBy) {
        Set<ConstraintViolation<TriageForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(describe(violations), violations);
        }
        if (requesterId == null || requesterId.isBlank()) {
            throw new InvalidInputException("requesterId", "is required when submitting for an AE");
        }
        String id = form.requestId() != null ? form.requestId() : UUID.randomUUID().toString();
        decisionLock.acquire();
        TriageRequest existing = TriageRequest.findById(id);
        if (existing != null) {
            return new Submission(existing, false);
        }
        TriageRequest request = new TriageRequest();
        request.id = id;
        form.fill(request);
        request.requesterId = requesterId;
        request.channel = channel;
        request.submittedBy = submittedBy;
        request.submittedAt = OffsetDateTime.now(clock);
        qualify(request, submittedBy, "submitted");
        return new Submission(request, true);
    }

    /**
     * The AE supplies missing information; a request waiting on it is qualified again.
     *
     * @param anyRequest whether the actor may complete any request (an SA leader, an administrator, an integration);
     *            anyone else only a request they asked for or are assigned to
     */
    @Transactional
    public TriageRequest supplyInformation(String id, MeetingInformation information, String actor,
            boolean anyRequest) {
        decisionLock.acquire();
        TriageRequest request = get(id);
        if (!anyRequest && !actor.equals(request.requesterId) && !actor.equals(request.saId)) {
            throw new ForbiddenException("only the requesting AE " + request.requesterId
                    + (request.saId == null ? "" : ", the assigned SA " + request.saId)
                    + " or an SA leader completes request " + id);
        }
        if (!request.status.open()) {
            throw new ConflictException("request " + id + " is " + request.status + ": its information is final");
        }
        information.applyTo(request);
        if (request.status == RequestStatus.WAITING) {
            qualify(request, actor, "information supplied");
        } else {
            labels.refresh(request, actor, "information supplied");
        }
        return request;
    }

    /**
     * Records one of the two approvals an exception needs; with both, the request is qualified again with its
     * thresholds waived. One person cannot give both. Two approvals given at the same moment are decided one after
     * the other, so the second sees the first.
     */
    @Transactional
    public TriageRequest approveException(String id, ApproverRole role, String approverId, String note) {
        decisionLock.acquire();
        TriageRequest request = get(id);
        boolean exceptionNeeded = request.route == Route.OFFICE_HOURS || request.route == Route.POV_DECLINED
                || request.route == Route.ASYNC_ONLY;
        if (!exceptionNeeded || !(request.status.open() || request.status == RequestStatus.DECLINED)) {
            throw new ConflictException("request " + id + " is " + request.status + " on route " + request.route
                    + ": no exception to approve");
        }
        List<ExceptionApproval> approvals = ExceptionApproval.of(id);
        for (ExceptionApproval approval : approvals) {
            if (approval.role == role) {
                throw new ConflictException("the " + role + " approval was given by " + approval.approverId + " at "
                        + approval.approvedAt);
            }
            if (approval.approverId.equals(approverId)) {
                throw new ConflictException(approverId + " already approved as " + approval.role
                        + "; the other approval must come from someone else");
            }
        }
        ExceptionApproval approval = new ExceptionApproval();
        approval.requestId = id;
        approval.role = role;
        approval.approverId = approverId;
        approval.note = note;
        approval.approvedAt = OffsetDateTime.now(clock);
        approval.persist();
        if (approvedException(id).isPresent()) {
            qualify(request, approverId, "exception approved");
        }
        return request;
    }

    /**
     * The SA signals work has begun. The assigned SA starts a triaged request; any SA of the roster may pull a
     * backlog request by starting it, which assigns it to them.
     */
    @Transactional
    public TriageRequest start(String id, String caller, boolean onBehalf) {
        decisionLock.acquire();
        TriageRequest request = get(id);
        switch (request.status) {
            case TRIAGED -> requireAssigneeOr(request, caller, onBehalf, "start");
            case BACKLOG -> {
                SolutionsArchitect sa = activeSa(caller).orElseThrow(() -> new ConflictException(caller
                        + " is not an active SA of the roster: assign the request to an SA instead"));
                Assignment pulled = assignments.assignTo(subjectOf(request), sa, AssignmentTrigger.PULLED, caller,
                        null);
                applyAssignment(request, pulled);
                publish(request, pulled);
            }
            case DOING -> throw new ConflictException("request " + id + " was started by " + request.saId + " at "
                    + request.startedAt);
            default -> throw new ConflictException("request " + id + " is " + request.status
                    + ": only a triaged or backlog request can start");
        }
        request.status = RequestStatus.DOING;
        request.startedAt = OffsetDateTime.now(clock);
        labels.refresh(request, caller, "started");
        return request;
    }

    /** The SA and the AE agreed the engagement is done. */
    @Transactional
    public TriageRequest complete(String id, String caller, boolean onBehalf) {
        decisionLock.acquire();
        TriageRequest request = get(id);
        if (request.status != RequestStatus.DOING) {
            throw new ConflictException("request " + id + " is " + request.status + ": only a started request"
                    + " (SA Doing) can complete");
        }
        requireAssigneeOr(request, caller, onBehalf, "complete");
        OffsetDateTime now = OffsetDateTime.now(clock);
        request.status = RequestStatus.COMPLETED;
        request.completedAt = now;
        request.completedBy = caller;
        outbox.publish(new EngagementCompleted(request.id, request.accountId, request.opportunityId, request.saId,
                caller, now));
        stages.engagementCompleted(request);
        labels.refresh(request, caller, "completed");
        return request;
    }

    /** Manual reassignment: to the SA named, or to whoever the engine ranks first without the current SA. */
    @Transactional
    public TriageRequest reassign(String id, String targetSaId, String note, String caller, boolean onBehalf) {
        decisionLock.acquire();
        TriageRequest request = get(id);
        if (!ASSIGNABLE.contains(request.status)) {
            throw new ConflictException("request " + id + " is " + request.status + ": only a backlog, triaged or"
                    + " started request can be reassigned");
        }
        requireAssigneeOr(request, caller, onBehalf, "reassign");
        if (targetSaId == null) {
            reassign(request, AssignmentTrigger.MANUAL, caller, "reassigned by " + caller
                    + (note == null ? "" : ": " + note));
            return request;
        }
        if (targetSaId.equals(request.saId)) {
            throw new ConflictException("request " + id + " is already with " + targetSaId);
        }
        SolutionsArchitect target = activeSa(targetSaId)
                .orElseThrow(() -> new InvalidInputException("saId", "is not an active SA of the roster"));
        moveTo(request, target, AssignmentTrigger.MANUAL, caller, note, "reassigned");
        return request;
    }

    /** The account's new SA takes over one of its requests (an account transfer by the CRM or an SA leader). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveToAccountSa(TriageRequest request, SolutionsArchitect accountSa, String actor, String reason) {
        moveTo(request, accountSa, AssignmentTrigger.ACCOUNT_TRANSFER, actor, reason, "account SA transferred");
    }

    private void moveTo(TriageRequest request, SolutionsArchitect target, AssignmentTrigger trigger, String actor,
            String note, String cause) {
        Assignment assignment = assignments.assignTo(subjectOf(request), target, trigger, actor, note);
        applyAssignment(request, assignment);
        publish(request, assignment);
        labels.refresh(request, actor, cause);
    }

    /**
     * Places a request held in the backlog with an SA, if one can now be engaged on it.
     *
     * @return whether it was placed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean placeFromBacklog(TriageRequest request, String actor) {
        Optional<Assignment> placed = assignments.placeIfEngaged(subjectOf(request), actor);
        placed.ifPresent(assignment -> {
            applyAssignment(request, assignment);
            publish(request, assignment);
            labels.refresh(request, actor, "placed from the backlog: " + assignment.rule);
        });
        return placed.isPresent();
    }

    /** Moves a request away from its SA with the engine, which will not choose that SA again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reassign(TriageRequest request, AssignmentTrigger trigger, String actor, String leavingReason) {
        Assignment assignment = assignments.decide(subjectOf(request), trigger, actor, request.saId, leavingReason);
        applyAssignment(request, assignment);
        publish(request, assignment);
        labels.refresh(request, actor, "reassigned (" + trigger.name().toLowerCase(Locale.ROOT) + "): "
                + assignment.rule);
    }

    /** Closes the open requests of an opportunity (it was won or lost). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<TriageRequest> closeOpportunity(String opportunityId, String reason) {
        return close(TriageRequest.list("opportunityId = ?1 and status in ?2", opportunityId,
                List.copyOf(RequestStatus.OPEN)), reason);
    }

    /** Closes the open requests of an account (it is no longer a customer or prospect). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<TriageRequest> closeAccount(String accountId, String reason) {
        return close(TriageRequest.list("accountId = ?1 and status in ?2", accountId,
                List.copyOf(RequestStatus.OPEN)), reason);
    }

    public TriageRequest get(String id) {
        TriageRequest request = TriageRequest.findById(id);
        if (request == null) {
            throw new NotFoundException("no triage request " + id);
        }
        return request;
    }

    private List<TriageRequest> close(List<TriageRequest> requests, String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (TriageRequest request : requests) {
            request.closedFromStatus = request.status;
            request.status = RequestStatus.CLOSED;
            request.closedAt = now;
            request.closeReason = reason;
            labels.refresh(request, RequestLabels.SYSTEM, "closed: " + reason);
        }
        return requests;
    }

    /**
     * Qualifies the request and acts on the route: waits on the AE, declines it, or places it with an SA. The
     * decision event carries the labels the request has after it; then come the assignment and the label change.
     */
    private void qualify(TriageRequest request, String actor, String cause) {
        decisionLock.acquire();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Qualification qualification = rules.decide(request.qualificationInput(time,
                CrmOpportunity.figuresOf(request.opportunityId).orElse(null)), priorEngagements(request),
                approvedException(request.id));
        Route route = qualification.route();
        request.route = route;
        request.qualification = QualificationRecord.of(qualification);
        request.policyVersion = policyVersion.value();
        request.qualifiedAt = now;
        request.responseDueBy = qualification.responseTarget() == null ? null
                : now.plus(qualification.responseTarget());
        boolean keepEngagement = request.status != null && request.status.engaged() && route.qualified();
        String historyCause = cause;
        if (request.saId != null && !route.qualified()) {
            historyCause = cause + "; " + release(request, actor, qualification);
        }
        if (!keepEngagement) {
            request.status = switch (route) {
                case WAITING_ON_AE -> RequestStatus.WAITING;
                case OFFICE_HOURS, POV_DECLINED, UNSUPPORTED_CURRENCY -> RequestStatus.DECLINED;
                case SA_ENGAGEMENT, ASYNC_ONLY -> RequestStatus.BACKLOG;
            };
        }
        if (!entityManager.contains(request)) {
            request.persist();
        }
        Assignment assignment = null;
        if (route.qualified() && !keepEngagement) {
            assignment = assignments.decide(subjectOf(request), AssignmentTrigger.QUALIFIED, actor, null, null);
            applyAssignment(request, assignment);
        }
        List<String> newLabels = labels.compute(request);
        if (route.qualified()) {
            outbox.publish(new TriageRequestQualified(request.id, request.accountId, request.opportunityId,
                    route.name(), newLabels, qualification.reasons(), request.policyVersion));
        } else if (route != Route.WAITING_ON_AE) {
            outbox.publish(new TriageRequestDeclined(request.id, request.accountId, request.opportunityId,
                    route.name(), newLabels, qualification.reasons(), request.policyVersion));
        }
        publish(request, assignment);
        labels.apply(request, newLabels, actor, historyCause);
    }

    /**
     * A request that no longer qualifies for an SA lets its SA go (they stop carrying it), and remembers an engaged
     * SA so that whoever is engaged on it later takes it over from them.
     *
     * @return what happened, for the history
     */
    private String release(TriageRequest request, String actor, Qualification qualification) {
        String releasedSaId = request.saId;
        boolean wasEngaged = request.status.engaged();
        String why = "the request was qualified again as " + qualification.route() + " ("
                + qualification.reasons().stream().map(Reason::rule).collect(Collectors.joining(", "))
                + ")";
        Assignment released = assignments.release(subjectOf(request), releasedSaId, wasEngaged, actor, why);
        request.handoffFromSaId = request.handoffFrom();
        request.saId = null;
        request.assignmentId = released.id;
        request.startedAt = null;
        return releasedSaId + " released";
    }

    private void applyAssignment(TriageRequest request, Assignment assignment) {
        request.handoffFromSaId = assignment.engaged ? null : request.handoffFrom();
        request.saId = assignment.saId;
        request.assignmentId = assignment.id;
        request.status = assignment.engaged ? RequestStatus.TRIAGED : RequestStatus.BACKLOG;
        request.startedAt = null;
    }

    private void publish(TriageRequest request, Assignment assignment) {
        if (assignment != null && assignment.saId != null) {
            outbox.publish(assignment.toEvent(request.opportunityId));
        }
    }

    private AssignmentSubject subjectOf(TriageRequest request) {
        boolean expedite = labels.compute(request).contains(Label.EXPEDITE);
        return new AssignmentSubject(request.id, request.accountId, request.opportunityId, request.topics(),
                request.engagementWindow(time, clock.instant(), lengths),
                workload.weightOf(request.activity, request.meetsSynchronously(), expedite), request.handoffFrom());
    }

    private List<PriorEngagement> priorEngagements(TriageRequest request) {
        List<TriageRequest> others = TriageRequest.list("accountId = ?1 and id <> ?2 and synchronous = true"
                + " and route = ?3 and (status in ?4 or (status = ?5 and closedFromStatus in ?6))"
                + " order by submittedAt", request.accountId, request.id, Route.SA_ENGAGEMENT, COUNTED_ENGAGEMENTS,
                RequestStatus.CLOSED, ENGAGED);
        return others.stream().map(other -> new PriorEngagement(other.id, other.postSales, other.durationMinutes,
                other.engagementDay(time))).toList();
    }

    private Optional<ApprovedException> approvedException(String requestId) {
        Map<ApproverRole, ExceptionApproval> byRole = ExceptionApproval.of(requestId).stream()
                .collect(Collectors.toMap(approval -> approval.role, Function.identity()));
        ExceptionApproval asm = byRole.get(ApproverRole.ASM);
        ExceptionApproval leader = byRole.get(ApproverRole.SA_LEADER);
        if (asm == null || leader == null) {
            return Optional.empty();
        }
        return Optional.of(new ApprovedException(asm.approverId, asm.approvedAt, leader.approverId,
                leader.approvedAt));
    }

    private static void requireAssigneeOr(TriageRequest request, String caller, boolean onBehalf, String action) {
        if (!onBehalf && !caller.equals(request.saId)) {
            throw new ForbiddenException("only the assigned SA " + request.saId + " or an SA leader may " + action
                    + " request " + request.id);
        }
    }

    private static Optional<SolutionsArchitect> activeSa(String personId) {
        return SolutionsArchitect.<SolutionsArchitect>findByIdOptional(personId).filter(sa -> sa.active);
    }

    private static String describe(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                .sorted().collect(Collectors.joining("; "));
    }
}
