package dev.seamless.handoff.handoff;

import dev.seamless.events.Roles;
import dev.seamless.handoff.access.Caller;
import dev.seamless.handoff.api.InvalidRequestException;
import dev.seamless.handoff.api.Paging;
import dev.seamless.handoff.api.QueryFilter;
import dev.seamless.handoff.api.QueryParams;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/handoffs")
@RolesAllowed({ Roles.AE, Roles.SA, Roles.CSM, Roles.ASM, Roles.SA_LEADER, Roles.ADMIN, Roles.INTEGRATION })
public class HandoffResource {

    @Inject
    HandoffService handoffs;

    @Inject
    JsonWebToken caller;

    /** One page of handoffs, newest first; {@code X-Total-Count} is the number of all matches. */
    @GET
    public RestResponse<List<HandoffView>> list(@QueryParam("accountId") String accountId,
            @QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size) {
        Map<String, String> problems = new LinkedHashMap<>();
        HandoffStatus parsedStatus = QueryParams.enumValue(HandoffStatus.class, status, "status", problems);
        Paging paging = Paging.parse(page, size, problems);
        InvalidRequestException.throwIfAny(problems);
        QueryFilter filter = new QueryFilter().equal("accountId", accountId).equal("status", parsedStatus);
        PanacheQuery<Handoff> found = Handoff.<Handoff>find(filter.query("startedAt desc, id"), filter.parameters())
                .page(Page.of(paging.page(), paging.size()));
        return RestResponse.ResponseBuilder.ok(HandoffView.of(found.list()))
                .header("X-Total-Count", found.count()).build();
    }

    @GET
    @Path("{id}")
    public HandoffView get(@PathParam("id") UUID id) {
        Handoff handoff = Handoff.findById(id);
        if (handoff == null) {
            throw new NotFoundException("no handoff " + id);
        }
        return HandoffView.of(handoff);
    }

    /**
     * Starts a checklist by hand, as the authenticated caller: a manager, administrator or integration, or the
     * account's own AE, SA or CSM (403 otherwise); 409 when the same one is already open.
     */
    @POST
    public RestResponse<HandoffView> start(StartHandoffRequest request, UriInfo uri) {
        Handoff started = handoffs.startByHand(request, Caller.of(caller));
        return RestResponse.ResponseBuilder.<HandoffView>created(uri.getAbsolutePathBuilder()
                .path(started.id.toString()).build()).entity(HandoffView.of(started)).build();
    }
}
