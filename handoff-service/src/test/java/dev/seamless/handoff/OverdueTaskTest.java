package dev.seamless.handoff;

import static dev.seamless.handoff.Fixtures.PATIENCE;
import static dev.seamless.handoff.Fixtures.adminToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.seamless.events.Topics;
import dev.seamless.events.handoff.TaskCompleted;
import dev.seamless.events.handoff.TaskDueSoon;
import dev.seamless.events.handoff.TaskOverdue;
import dev.seamless.handoff.task.OverdueCheck;
import dev.seamless.testsupport.TestClock;
import dev.seamless.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The scheduled overdue check, called directly with the test clock moved by hand. */
@QuarkusTest
class OverdueTaskTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);

    @Inject
    OverdueCheck overdueCheck;

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void aTaskIsOverdueFromTheDayAfterItsDueDateAndReportedOnce() {
        TestClock.INSTANCE.set(Instant.parse("2026-11-20T09:00:00Z")); // a Friday
        String accountId = TaskApiTest.startSaToSa("sa-g", "sa-h");
        List<Map<String, Object>> tasks = TaskApiTest.tasks(Map.of("accountId", accountId));
        assertThat(tasks).extracting(task -> task.get("dueDate")).containsExactly(MONDAY.toString(),
                TUESDAY.toString(), TUESDAY.toString(), TUESDAY.toString(), "2026-11-27");
        String dueMonday = (String) tasks.get(0).get("id");

        TestClock.INSTANCE.set(Instant.parse("2026-11-23T23:59:59Z"));
        overdueCheck.reportOverdue();
        assertThat(TaskApiTest.tasks(Map.of("accountId", accountId))).allSatisfy(task ->
                assertThat(task.get("overdueReportedAt")).isNull());

        TestClock.INSTANCE.set(Instant.parse("2026-11-24T00:00:00Z"));
        overdueCheck.reportOverdue();
        TestClock.INSTANCE.set(Instant.parse("2026-11-24T00:15:00Z"));
        overdueCheck.reportOverdue();
        // the outbox publishes an account's events in order: once this completion is out, any second report would be
        String later = (String) tasks.get(4).get("id");
        given().auth().oauth2(adminToken()).post("/api/tasks/{id}/complete", later).then().statusCode(200);
        await().atMost(PATIENCE).until(() -> !TestKafka.events(Topics.HANDOFF_EVENTS, TaskCompleted.class,
                completed -> completed.taskId().equals(later)).isEmpty());

        assertThat(overdueOf(accountId)).singleElement().satisfies(overdue -> {
            assertThat(overdue.taskId()).isEqualTo(dueMonday);
            assertThat(overdue.dueDate()).isEqualTo(MONDAY);
            assertThat(overdue.assigneeId()).isEqualTo("sa-h");
        });
        assertThat(TaskApiTest.tasks(Map.of("accountId", accountId))).filteredOn(task -> task.get("overdueReportedAt")
                != null).singleElement().satisfies(task -> {
                    assertThat(task.get("id")).isEqualTo(dueMonday);
                    assertThat(OffsetDateTime.parse((String) task.get("overdueReportedAt")).toInstant())
                            .isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
                });
    }

    @Test
    void aTaskCompletedInTimeIsNeverReported() {
        TestClock.INSTANCE.set(Instant.parse("2026-11-20T09:00:00Z"));
        String accountId = TaskApiTest.startSaToSa("sa-i", "sa-j");
        List<Map<String, Object>> tasks = TaskApiTest.tasks(Map.of("accountId", accountId));
        String doneInTime = (String) tasks.get(1).get("id");
        TestClock.INSTANCE.set(Instant.parse("2026-11-24T16:00:00Z"));
        given().auth().oauth2(adminToken()).post("/api/tasks/{id}/complete", doneInTime).then().statusCode(200);

        TestClock.INSTANCE.set(Instant.parse("2026-11-25T08:00:00Z"));
        overdueCheck.reportOverdue();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(overdueOf(accountId))
                .extracting(TaskOverdue::taskId).containsExactlyInAnyOrder(idOf(tasks.get(0)), idOf(tasks.get(2)),
                        idOf(tasks.get(3))));
    }

    @Test
    void aTaskIsRemindedOnceWhenItsReminderWindowBeginsButNotWhenItStartedInsideIt() {
        TestClock.INSTANCE.set(Instant.parse("2026-11-20T09:00:00Z")); // a Friday
        String accountId = TaskApiTest.startSaToSa("sa-k", "sa-l");
        List<Map<String, Object>> tasks = TaskApiTest.tasks(Map.of("accountId", accountId));
        // Monday's task is one business day away already: its creation notice is its reminder
        assertThat(tasks.get(0).get("remindFrom")).isNull();
        assertThat(tasks.get(1).get("remindFrom")).isEqualTo(MONDAY.toString());
        overdueCheck.reportDueSoon();

        TestClock.INSTANCE.set(Instant.parse("2026-11-22T23:59:59Z"));
        overdueCheck.reportDueSoon();
        TestClock.INSTANCE.set(Instant.parse("2026-11-23T08:00:00Z"));
        overdueCheck.reportDueSoon();
        overdueCheck.reportDueSoon();
        // the task due on Friday the 27th is reminded from Thursday: checked only on Monday the 30th, it is past due
        TestClock.INSTANCE.set(Instant.parse("2026-11-30T08:00:00Z"));
        overdueCheck.reportDueSoon();
        String barrier = idOf(tasks.get(1));
        given().auth().oauth2(adminToken()).post("/api/tasks/{id}/complete", barrier).then().statusCode(200);
        await().atMost(PATIENCE).until(() -> !TestKafka.events(Topics.HANDOFF_EVENTS, TaskCompleted.class,
                completed -> completed.taskId().equals(barrier)).isEmpty());

        List<TaskDueSoon> reminders = dueSoonOf(accountId);
        assertThat(reminders).extracting(TaskDueSoon::taskId).containsExactlyInAnyOrder(idOf(tasks.get(1)),
                idOf(tasks.get(2)), idOf(tasks.get(3)));
        assertThat(reminders).allSatisfy(reminder -> assertThat(reminder.dueDate()).isEqualTo(TUESDAY));
        assertThat(OffsetDateTime.parse((String) TaskApiTest.tasks(Map.of("accountId", accountId)).get(2)
                .get("dueSoonReportedAt")).toInstant()).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
    }

    private static List<TaskDueSoon> dueSoonOf(String accountId) {
        return TestKafka.events(Topics.HANDOFF_EVENTS, TaskDueSoon.class, event -> event.accountId().equals(accountId));
    }

    private static String idOf(Map<String, Object> task) {
        return (String) task.get("id");
    }

    private static List<TaskOverdue> overdueOf(String accountId) {
        return TestKafka.events(Topics.HANDOFF_EVENTS, TaskOverdue.class, event -> event.accountId().equals(accountId));
    }
}
