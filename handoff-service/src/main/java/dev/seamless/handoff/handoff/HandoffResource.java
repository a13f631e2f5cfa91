package dev.seamless.handoff.handoff;

import dev.seamless.events.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;

@Path("/api/handoffs")
@RolesAllowed({ Roles.AE, Roles.SA, Roles.CSM, Roles.ASM, Roles.SA_LEADER, Roles.ADMIN, Roles.INTEGRATION })
public class HandoffResource {

    @Inject
    HandoffService handoffs;

    @GET
    public List<HandoffView> list(@QueryParam("accountId") String accountId) {
        List<Handoff> found = accountId == null
                ? Handoff.list("order by startedAt desc")
                : Handoff.list("accountId = ?1 order by startedAt desc", accountId);
        return found.stream().map(handoff -> HandoffView.of(handoff, handoffs.tasksOf(handoff.id))).toList();
    }

    @GET
    @Path("{id}")
    public HandoffView get(@PathParam("id") UUID id) {
        Handoff handoff = Handoff.findById(id);
        if (handoff == null) {
            throw new NotFoundException("no handoff " + id);
        }
        return HandoffView.of(handoff, handoffs.tasksOf(id));
    }
}
