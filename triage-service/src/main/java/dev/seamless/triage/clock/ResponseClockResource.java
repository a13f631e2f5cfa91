package dev.seamless.triage.clock;

import dev.seamless.events.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** An SA records the answer to an office-hours or asynchronous request, which meets its ASYNC_RESPONSE clock. */
@Path("/api/triage-requests/{id}/responses")
public class ResponseClockResource {

    @Inject
    ResponseClocks clocks;

    @Inject
    JsonWebToken caller;

    /** @return the request's clocks; 409 when no response is owed */
    @POST
    @RolesAllowed({ Roles.SA, Roles.SA_LEADER, Roles.ADMIN })
    public List<ResponseClockView> respond(@PathParam("id") String id) {
        return clocks.respond(id, caller.getSubject());
    }
}
