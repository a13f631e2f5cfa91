package dev.seamless.handoff.task;

import dev.seamless.events.Roles;
import dev.seamless.handoff.handoff.HandoffService;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

@Path("/api/tasks")
@RolesAllowed({ Roles.AE, Roles.SA, Roles.CSM, Roles.ASM, Roles.SA_LEADER, Roles.ADMIN, Roles.INTEGRATION })
public class TaskResource {

    @Inject
    HandoffService handoffs;

    @Inject
    JsonWebToken caller;

    @GET
    public List<TaskView> list(@QueryParam("assignee") String assignee, @QueryParam("status") TaskStatus status,
            @QueryParam("accountId") String accountId, @QueryParam("due_before") LocalDate dueBefore,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (assignee != null) {
            conditions.add("assigneeId = :assignee");
            parameters.and("assignee", assignee);
        }
        if (status != null) {
            conditions.add("status = :status");
            parameters.and("status", status);
        }
        if (accountId != null) {
            conditions.add("accountId = :accountId");
            parameters.and("accountId", accountId);
        }
        if (dueBefore != null) {
            conditions.add("dueDate < :dueBefore");
            parameters.and("dueBefore", dueBefore);
        }
        String query = (conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ")
                + "order by dueDate, accountId, position";
        return HandoffTask.<HandoffTask>find(query, parameters).page(Page.of(page, size)).list().stream()
                .map(TaskView::of).toList();
    }

    /** Completes a task on behalf of the authenticated caller. */
    @POST
    @Path("{id}/complete")
    public TaskView complete(@PathParam("id") UUID id) {
        return TaskView.of(handoffs.complete(id, caller.getSubject()));
    }
}
