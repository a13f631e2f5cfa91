package dev.seamless.handoff.task;

import dev.seamless.handoff.api.InvalidRequestException;
import dev.seamless.handoff.api.Paging;
import dev.seamless.handoff.api.QueryFilter;
import dev.seamless.handoff.api.QueryParams;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
        QueryFilter filter = new QueryFilter().equal("assigneeId", assignee).equal("status", status)
                .equal("accountId", accountId).before("dueDate", dueBefore);
        return HandoffTask.<HandoffTask>find(filter.query("dueDate, accountId, handoffId, position"),
                filter.parameters()).page(Page.of(paging.page(), paging.size()));
    }
}
