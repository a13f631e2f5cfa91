package dev.seamless.handoff.api;

import dev.seamless.events.Roles;
import dev.seamless.handoff.checklist.ChecklistCatalog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Test-only endpoints that fail the way the service's own code fails, to see what a caller gets back. */
@Path("/api/test-only/failures")
@RolesAllowed(Roles.ADMIN)
public class FaultyResource {

    @Inject
    ChecklistCatalog checklists;

    @POST
    @Path("conflict")
    public void conflict() {
        throw new ConflictException("task t-1 is COMPLETED, not OPEN");
    }

    /** A bug, not a conflict: the catalog has no template of this type. */
    @POST
    @Path("missing-template")
    public void missingTemplate() {
        checklists.get("NO_SUCH_TYPE");
    }
}
