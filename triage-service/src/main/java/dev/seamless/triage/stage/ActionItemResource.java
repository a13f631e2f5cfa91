package dev.seamless.triage.stage;

import dev.seamless.events.Roles;
import dev.seamless.triage.api.QueryFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

@Path("/api/action-items")
@RolesAllowed({ Roles.AE, Roles.SA, Roles.CSM, Roles.ASM, Roles.SA_LEADER, Roles.ADMIN, Roles.INTEGRATION })
public class ActionItemResource {

    @Inject
    StageReactions reactions;

    @Inject
    JsonWebToken caller;

    @GET
    public List<ActionItem> list(@QueryParam("assignee") String assignee, @QueryParam("status") String status,
            @QueryParam("opportunityId") String opportunityId, @QueryParam("requestId") String requestId) {
        QueryFilter filter = new QueryFilter().with("saId = :assignee", "assignee", assignee)
                .with("status = :status", "status", QueryFilter.parse("status", status, ActionItemStatus::valueOf,
                        ActionItemStatus.values()))
                .with("opportunityId = :opportunityId", "opportunityId", opportunityId)
                .with("requestId = :requestId", "requestId", requestId);
        return ActionItem.list(filter.query("createdAt desc"), filter.parameters());
    }

    @POST
    @Path("{id}/complete")
    @RolesAllowed({ Roles.SA, Roles.SA_LEADER, Roles.ADMIN })
    public ActionItem complete(@PathParam("id") UUID id) {
        boolean onBehalf = caller.getGroups().contains(Roles.SA_LEADER) || caller.getGroups().contains(Roles.ADMIN);
        return reactions.complete(id, caller.getSubject(), onBehalf);
    }
}
