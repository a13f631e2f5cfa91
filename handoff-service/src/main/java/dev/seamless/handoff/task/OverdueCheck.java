package dev.seamless.handoff.task;

import dev.seamless.events.handoff.TaskOverdue;
import dev.seamless.handoff.checklist.BusinessCalendar;
import dev.seamless.handoff.handoff.ChangeLock;
import dev.seamless.messaging.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reports each open task whose due date has passed, once: {@code TaskOverdue} through the outbox, and the task marked
 * as reported in the same transaction. A task is overdue from the day after its due date (in the configured time
 * zone). Like every change, a batch runs under the {@link ChangeLock}, so instances running side by side never
 * report a task twice.
 */
@ApplicationScoped
public class OverdueCheck {

    @Inject
    EntityManager entityManager;

    @Inject
    BusinessCalendar calendar;

    @Inject
    ChangeLock changeLock;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @ConfigProperty(name = "seamless.handoff.overdue-check.batch-size", defaultValue = "500")
    int batchSize;

    @Scheduled(identity = "task-overdue-check", every = "${seamless.handoff.overdue-check.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        reportOverdue();
    }

    /** @return how many tasks were reported */
    public int reportOverdue() {
        LocalDate today = calendar.today(clock);
        int reported = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> reportBatch(today));
            reported += batch;
        } while (batch == batchSize);
        return reported;
    }

    private int reportBatch(LocalDate today) {
        changeLock.acquire();
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("select id from handoff_task where status = 'OPEN'"
                + " and overdue_reported_at is null and due_date < ?1 order by due_date, id limit ?2", UUID.class)
                .setParameter(1, today).setParameter(2, batchSize).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (HandoffTask task : HandoffTask.<HandoffTask>list("id in ?1 order by dueDate, id", ids)) {
            task.overdueReportedAt = now;
            outbox.publish(new TaskOverdue(task.id.toString(), task.handoffId.toString(), task.accountId, task.title,
                    task.assigneeId, task.dueDate));
        }
        return ids.size();
    }
}
