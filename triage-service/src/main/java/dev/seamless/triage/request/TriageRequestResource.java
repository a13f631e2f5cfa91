package dev.seamless.triage.request;

import dev.seamless.events.Roles;
import dev.seamless.triage.api.InvalidInputException;
import dev.seamless.triage.api.QueryFilter;
import dev.seamless.triage.assignment.Assignment;
import dev.seamless.triage.board.RequestStatus;
import io.quarkus.panache.common.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The SA triage board over REST. The actor of every action is the authenticated caller. */
@Path("/api/triage-requests")
@RolesAllowed({ Roles.AE, Roles.SA, Roles.CSM, Roles.ASM, Roles.SA_LEADER, Roles.ADMIN, Roles.INTEGRATION })
public class TriageRequestResource {

    /** Body of {@code POST /{id}/exception-approvals}; {@code role} is needed only by a caller holding both roles. */
    public record ApprovalRequest(ApproverRole role, @Size(max = 2000) String note) {
    }

    /** Body of {@code POST /{id}/reassign}: the SA to move it to, or none to let the engine choose. */
    public record ReassignRequest(@Size(max = 64) String saId, @Size(max = 2000) String note) {
    }

    @Inject
    TriageService triage;

    @Inject
    JsonWebToken caller;

    /**
     * Submits the triage form: 201 with the request and its decisions, or 200 with the existing request when its
     * {@code requestId} is known. An AE submits for themself; an integration names the AE in {@code requesterId}.
     */
    @POST
    @RolesAllowed({ Roles.AE, Roles.INTEGRATION, Roles.ADMIN })
    public Response submit(TriageForm form, @Context UriInfo uri) {
        if (form == null) {
            throw new InvalidInputException("body", "must be the triage form");
        }
        boolean forThemself = caller.getGroups().contains(Roles.AE) && !caller.getGroups().contains(Roles.INTEGRATION)
                && !caller.getGroups().contains(Roles.ADMIN);
        String requesterId = forThemself ? caller.getSubject() : form.requesterId();
        TriageService.Submission submission = triage.submit(form, requesterId, Channel.REST, caller.getSubject());
        TriageRequestView view = TriageRequestView.of(submission.request());
        if (!submission.created()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).build();
    }

    @GET
    public List<TriageRequestSummary> list(@QueryParam("label") String label, @QueryParam("assignee") String assignee,
            @QueryParam("accountId") String accountId, @QueryParam("opportunityId") String opportunityId,
            @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        QueryFilter filter = new QueryFilter()
                .with("function('jsonb_exists', labels, :label) = true", "label", label)
                .with("saId = :assignee", "assignee", assignee)
                .with("accountId = :accountId", "accountId", accountId)
                .with("opportunityId = :opportunityId", "opportunityId", opportunityId)
                .with("status = :status", "status", QueryFilter.parse("status", status, RequestStatus::valueOf,
                        RequestStatus.values()));
        return TriageRequest.<TriageRequest>find(filter.query("submittedAt desc, id"), filter.parameters())
                .page(Page.of(page, size)).list().stream().map(TriageRequestSummary::of).toList();
    }

    @GET
    @Path("{id}")
    public TriageRequestView get(@PathParam("id") String id) {
        return TriageRequestView.of(triage.get(id));
    }

    @GET
    @Path("{id}/history")
    public HistoryView history(@PathParam("id") String id) {
        triage.get(id);
        return new HistoryView(
                LabelChange.<LabelChange>list("requestId = ?1 order by id", id).stream()
                        .map(HistoryView.LabelEntry::of).toList(),
                Assignment.<Assignment>list("requestId = ?1 order by id", id).stream().map(AssignmentView::of)
                        .toList());
    }

    /**
     * The requesting AE (or the assigned SA) supplies missing meeting information; a request in SA Waiting is
     * qualified again. SA leaders, administrators and integrations complete any request.
     */
    @POST
    @Path("{id}/info")
    @RolesAllowed({ Roles.AE, Roles.SA, Roles.SA_LEADER, Roles.ADMIN, Roles.INTEGRATION })
    public TriageRequestView supplyInformation(@PathParam("id") String id, @Valid MeetingInformation information) {
        if (information == null || information.isEmpty()) {
            throw new InvalidInputException("body", "must name at least one field of the form");
        }
        boolean anyRequest = leads() || caller.getGroups().contains(Roles.INTEGRATION);
        return TriageRequestView.of(triage.supplyInformation(id, information, caller.getSubject(), anyRequest));
    }

    /** The ASM's or the Commercial SA leader's approval of an exception to the thresholds. */
    @POST
    @Path("{id}/exception-approvals")
    @RolesAllowed({ Roles.ASM, Roles.SA_LEADER })
    public TriageRequestView approveException(@PathParam("id") String id, @Valid ApprovalRequest approval) {
        ApproverRole role = approverRole(approval == null ? null : approval.role());
        return TriageRequestView.of(triage.approveException(id, role, caller.getSubject(),
                approval == null ? null : approval.note()));
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed({ Roles.SA, Roles.SA_LEADER, Roles.ADMIN })
    public TriageRequestView start(@PathParam("id") String id) {
        return TriageRequestView.of(triage.start(id, caller.getSubject(), leads()));
    }

    @POST
    @Path("{id}/complete")
    @RolesAllowed({ Roles.SA, Roles.SA_LEADER, Roles.ADMIN })
    public TriageRequestView complete(@PathParam("id") String id) {
        return TriageRequestView.of(triage.complete(id, caller.getSubject(), leads()));
    }

    @POST
    @Path("{id}/reassign")
    @RolesAllowed({ Roles.SA, Roles.SA_LEADER, Roles.ADMIN })
    public TriageRequestView reassign(@PathParam("id") String id, @Valid ReassignRequest reassign) {
        String target = reassign == null ? null : reassign.saId();
        String note = reassign == null ? null : reassign.note();
        return TriageRequestView.of(triage.reassign(id, target, note, caller.getSubject(), leads()));
    }

    /** SA leaders and administrators act on requests that are not theirs. */
    private boolean leads() {
        Set<String> groups = caller.getGroups();
        return groups.contains(Roles.SA_LEADER) || groups.contains(Roles.ADMIN);
    }

    private ApproverRole approverRole(ApproverRole asked) {
        List<ApproverRole> held = Arrays.stream(ApproverRole.values())
                .filter(role -> caller.getGroups().contains(role.tokenRole())).toList();
        if (asked != null) {
            if (!held.contains(asked)) {
                throw new ForbiddenException(caller.getSubject() + " does not hold the role " + asked);
            }
            return asked;
        }
        if (held.size() != 1) {
            throw new InvalidInputException("role", "is required: the caller holds both ASM and SA_LEADER");
        }
        return held.get(0);
    }
}
