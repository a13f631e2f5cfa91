package dev.seamless.handoff.task;

import dev.seamless.events.handoff.TaskDueSoon;
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
 * Keeps the clock on every open task, reporting each event once: {@code TaskDueSoon} when the due date is
 * {@code seamless.handoff.due-soon.business-days} business days away or less (the reminder before the breach,
 * {@link DueSoonWindow}), and
 * {@code TaskOverdue} from the day after the due date (in the configured time zone). Each goes through the outbox,
 * with the task marked as reported in the same transaction. Like every change, a batch runs under the
 * {@link ChangeLock}, so instances running side by side never report a task twice.
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
        reportDueSoon();
        reportOverdue();
    }

    /** @return how many tasks were reported overdue */
    public int reportOverdue() {
        LocalDate today = calendar.today(clock);
        return inBatches("overdue_reported_at is null and due_date < ?1", today, null, (task, now) -> {
            task.overdueReportedAt = now;
            outbox.publish(new TaskOverdue(task.id.toString(), task.handoffId.toString(), task.accountId, task.title,
                    task.assigneeId, task.dueDate));
        });
    }

    /**
     * @return how many tasks were reported due soon: those whose reminder window ({@link DueSoonWindow}) has begun. A
     * task already overdue gets no reminder: its breach is reported instead.
     */
    public int reportDueSoon() {
        LocalDate today = calendar.today(clock);
        return inBatches("due_soon_reported_at is null and overdue_reported_at is null and due_date >= ?3"
                + " and remind_from <= ?1", today, today, (task, now) -> {
                    task.dueSoonReportedAt = now;
                    outbox.publish(new TaskDueSoon(task.id.toString(), task.handoffId.toString(), task.accountId,
                            task.title, task.assigneeId, task.dueDate));
                });
    }

    private int inBatches(String condition, LocalDate limit, LocalDate from, Report report) {
        int reported = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> reportBatch(condition, limit, from, report));
            reported += batch;
        } while (batch == batchSize);
        return reported;
    }

    private int reportBatch(String condition, LocalDate limit, LocalDate from, Report report) {
        changeLock.acquire();
        var query = entityManager.createNativeQuery("select id from handoff_task where status = 'OPEN' and "
                + condition + " order by due_date, id limit ?2", UUID.class)
                .setParameter(1, limit).setParameter(2, batchSize);
        if (from != null) {
            query.setParameter(3, from);
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (HandoffTask task : HandoffTask.<HandoffTask>list("id in ?1 order by dueDate, id", ids)) {
            report.report(task, now);
        }
        return ids.size();
    }

    @FunctionalInterface
    private interface Report {
        void report(HandoffTask task, OffsetDateTime now);
    }
}
