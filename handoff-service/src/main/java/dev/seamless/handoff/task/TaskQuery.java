package dev.seamless.handoff.task;

import dev.seamless.handoff.api.InvalidRequestException;
import dev.seamless.handoff.api.Paging;
import dev.seamless.handoff.api.QueryParams;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The filters of {@code GET /api/tasks}, each optional: assignee, status, account, due before a day; paged. */
public record TaskQuery(String assignee, TaskStatus status, String accountId, LocalDate dueBefore, Paging paging) {

    /** @throws InvalidRequestException naming every bad parameter */
    public static TaskQuery parse(String assignee, String status, String accountId, String dueBefore, String page,
            String size) {
        Map<String, String> problems = new LinkedHashMap<>();
        TaskStatus parsedStatus = QueryParams.enumValue(TaskStatus.class, status, "status", problems);
        LocalDate parsedDue = QueryParams.day(dueBefore, "due_before", problems);
        Paging paging = Paging.parse(page, size, problems);
        InvalidRequestException.throwIfAny(problems);
        return new TaskQuery(assignee, parsedStatus, accountId, parsedDue, paging);
    }

    /** Matching tasks, soonest due first. */
    public PanacheQuery<HandoffTask> find() {
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
                + "order by dueDate, accountId, handoffId, position";
        return HandoffTask.<HandoffTask>find(query, parameters).page(Page.of(paging.page(), paging.size()));
    }
}
