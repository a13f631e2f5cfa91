package dev.seamless.handoff.task;

import dev.seamless.events.Roles;
import dev.seamless.handoff.access.Caller;
import dev.seamless.handoff.handoff.HandoffService;
import dev.seamless.handoff.person.Person;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/tasks")
@RolesAllowed({ Roles.AE, Roles.SA, Roles.CSM, Roles.ASM, Roles.SA_LEADER, Roles.ADMIN, Roles.INTEGRATION })
public class TaskResource {

    @Inject
    HandoffService handoffs;

    @Inject
    JsonWebToken caller;

    /** One page of matching tasks, soonest due first; {@code X-Total-Count} is the number of all matches. */
    @GET
    public RestResponse<List<TaskView>> list(@QueryParam("assignee") String assignee,
            @QueryParam("status") String status, @QueryParam("accountId") String accountId,
            @QueryParam("due_before") String dueBefore, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PanacheQuery<HandoffTask> query = TaskQuery.parse(assignee, status, accountId, dueBefore, page, size).find();
        List<HandoffTask> tasks = query.list();
        Map<String, String> names = Person.namesOf(tasks.stream().map(task -> task.assigneeId).toList());
        return RestResponse.ResponseBuilder.ok(tasks.stream().map(task -> TaskView.of(task, names)).toList())
                .header("X-Total-Count", query.count()).build();
    }

    /** Completes a task as the authenticated caller, now, if they may (403 otherwise). */
    @POST
    @Path("{id}/complete")
    public TaskView complete(@PathParam("id") UUID id) {
        HandoffTask task = handoffs.complete(id, Caller.of(caller));
        return TaskView.of(task, Person.namesOf(Collections.singletonList(task.assigneeId)));
    }
}
