package dev.seamless.triage.request;

import dev.seamless.events.types.Activity;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.Reason;
import dev.seamless.events.types.Segment;
import dev.seamless.events.types.Tier;
import dev.seamless.triage.assignment.Assignment;
import dev.seamless.triage.board.RequestStatus;
import dev.seamless.triage.clock.ResponseClockView;
import dev.seamless.triage.qualification.Check;
import dev.seamless.triage.qualification.RequestInformation;
import dev.seamless.triage.qualification.Route;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A triage request with the form, its place on the board, and every decision taken on it with the reasons. */
public record TriageRequestView(String id, Form form, RequestStatus status, List<String> labels, String saId,
        Qualification qualification, AssignmentView assignment, ExceptionView exception, int openActionItems,
        OffsetDateTime startedAt, OffsetDateTime completedAt, String completedBy, OffsetDateTime closedAt,
        String closeReason, RequestStatus closedFromStatus, List<ResponseClockView> clocks) {

    /** The form as submitted (and completed by the AE). */
    public record Form(String accountId, String accountName, String opportunityId, Segment segment,
            OrderType orderType, Tier tier, BigDecimal amount, BigDecimal iacv, String requesterId, Activity activity,
            boolean synchronous, boolean postSales, Integer durationMinutes, OffsetDateTime requestedFor,
            List<OffsetDateTime> preferredDates, String timezone, String desiredOutcome, String objectives,
            String agenda, List<String> attendees, String challenges, String infrastructure, String saTasks,
            List<String> expertise, String compellingEvent, boolean servicesInvolved, Channel channel,
            String submittedBy, OffsetDateTime submittedAt) {
    }

    /** The qualification decision: route, deciding reasons, every check, what is missing, the inputs. */
    public record Qualification(Route route, boolean qualified, List<Reason> reasons, List<Check> checks,
            List<RequestInformation> missingInformation, Map<String, Object> inputs, String policyVersion,
            OffsetDateTime decidedAt, OffsetDateTime responseDueBy) {
    }

    /** The approvals of an exception so far; {@code approved} once both the ASM and the SA leader approved. */
    public record ExceptionView(boolean approved, List<Approval> approvals) {
    }

    public record Approval(ApproverRole role, String approverId, OffsetDateTime approvedAt, String note) {
    }

    public static TriageRequestView of(TriageRequest request) {
        Form form = new Form(request.accountId, request.accountName, request.opportunityId, request.segment,
                request.orderType, request.tier, request.amount, request.iacv, request.requesterId, request.activity,
                request.synchronous, request.postSales, request.durationMinutes, request.requestedFor,
                request.preferredDates, request.timezone, request.desiredOutcome, request.objectives, request.agenda,
                request.attendees, request.challenges, request.infrastructure, request.saTasks, request.expertise,
                request.compellingEvent, request.servicesInvolved, request.channel, request.submittedBy,
                request.submittedAt);
        QualificationRecord decided = request.qualification;
        Qualification qualification = new Qualification(request.route, request.route.qualified(), decided.reasons(),
                decided.checks(), decided.missingInformation(), decided.inputs(), request.policyVersion,
                request.qualifiedAt, request.responseDueBy);
        Assignment current = request.assignmentId == null ? null : Assignment.findById(request.assignmentId);
        List<Approval> approvals = ExceptionApproval.of(request.id).stream()
                .map(approval -> new Approval(approval.role, approval.approverId, approval.approvedAt, approval.note))
                .toList();
        return new TriageRequestView(request.id, form, request.status, request.labels, request.saId, qualification,
                current == null ? null : AssignmentView.of(current), new ExceptionView(approvals.size() == 2, approvals),
                request.openActionItems, request.startedAt, request.completedAt, request.completedBy,
                request.closedAt, request.closeReason, request.closedFromStatus, ResponseClockView.of(request.id));
    }
}
