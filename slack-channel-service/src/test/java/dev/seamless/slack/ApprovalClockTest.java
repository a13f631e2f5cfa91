package dev.seamless.slack;

import static dev.seamless.slack.Fixtures.account;
import static dev.seamless.slack.Fixtures.approve;
import static dev.seamless.slack.Fixtures.awaitStatus;
import static dev.seamless.slack.Fixtures.eventsOf;
import static dev.seamless.slack.Fixtures.newId;
import static dev.seamless.slack.Fixtures.requestChannel;
import static dev.seamless.slack.Fixtures.token;
import static dev.seamless.slack.Fixtures.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.seamless.events.crm.AccountTeamChanged;
import dev.seamless.events.slack.SlackApprovalDueSoon;
import dev.seamless.events.slack.SlackApprovalOverdue;
import dev.seamless.events.types.TeamRole;
import dev.seamless.events.types.Tier;
import dev.seamless.slack.Fixtures.PublishedEvents;
import dev.seamless.slack.lifecycle.ApprovalDeadlines;
import dev.seamless.testsupport.TestClock;
import dev.seamless.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The clock on a request waiting for its approver (1 business day, reminder 4 hours before, by default), with the
 * shared clock moved forward by hand and the scheduled check called directly.
 */
@QuarkusTest
class ApprovalClockTest {

    private static final TestClock CLOCK = TestClock.INSTANCE;

    @Inject
    ApprovalDeadlines deadlines;

    @Test
    void aWaitingRequestIsRemindedAtDueMinusFourHoursAndOverdueAtDueEachOnce() {
        OffsetDateTime monday = nextMondayAtNine();
        moveTo(monday);
        String accountId = newId("acct");
        String noCsmAccount = newId("acct");
        String decidedAccount = newId("acct");
        String csm = newId("csm");
        account(accountId, Tier.PREMIUM, "150000", "0", null, csm);
        account(noCsmAccount, Tier.PREMIUM, "150000", "0", null, null);
        account(decidedAccount, Tier.PREMIUM, "150000", "0", null, csm);
        String waiting = requestChannel(token("ae-1", "AE"), Map.of("accountId", accountId, "kind", "CUSTOMER"));
        String withoutApprover = requestChannel(token("ae-1", "AE"), Map.of("accountId", noCsmAccount,
                "kind", "CUSTOMER"));
        String decided = requestChannel(token("ae-1", "AE"), Map.of("accountId", decidedAccount, "kind", "CUSTOMER"));
        approve(decided, token(csm, "CSM")).statusCode(200);
        OffsetDateTime due = monday.plusDays(1);
        assertThat(OffsetDateTime.parse(view(waiting).extract().path("approvalClock.dueAt")).toInstant())
                .isEqualTo(due.toInstant());

        moveTo(due.minusHours(4).minusSeconds(1));
        view(waiting).body("approvalClock.remindedAt", nullValue());
        moveTo(due.minusHours(4));
        assertThat(OffsetDateTime.parse(view(waiting).extract().path("approvalClock.remindedAt")).toInstant())
                .isEqualTo(due.minusHours(4).toInstant());
        moveTo(due.minusSeconds(1));
        view(waiting).body("approvalClock.breachedAt", nullValue());
        moveTo(due);
        assertThat(OffsetDateTime.parse(view(waiting).extract().path("approvalClock.breachedAt")).toInstant())
                .isEqualTo(due.toInstant());
        moveTo(due.plusHours(1));

        PublishedEvents published = eventsOf(accountId);
        assertThat(published.of(SlackApprovalDueSoon.class, e -> e.channelId().equals(waiting))).singleElement()
                .satisfies(e -> {
                    assertThat(e.approverId()).isEqualTo(csm);
                    assertThat(e.dueAt().toInstant()).isEqualTo(due.toInstant());
                });
        assertThat(published.of(SlackApprovalOverdue.class, e -> e.channelId().equals(waiting))).singleElement()
                .satisfies(e -> assertThat(e.approverId()).isEqualTo(csm));
        assertThat(eventsOf(noCsmAccount).of(SlackApprovalOverdue.class, e -> e.channelId().equals(withoutApprover)))
                .singleElement().satisfies(e -> assertThat(e.approverId()).as("absent while there is none").isNull());
        PublishedEvents decidedEvents = eventsOf(decidedAccount);
        assertThat(decidedEvents.of(SlackApprovalDueSoon.class, e -> e.channelId().equals(decided))).isEmpty();
        assertThat(decidedEvents.of(SlackApprovalOverdue.class, e -> e.channelId().equals(decided))).isEmpty();
    }

    @Test
    void aRequestMadeOnFridayIsDueOnMonday() {
        OffsetDateTime friday = nextMondayAtNine().with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
        moveTo(friday);
        String accountId = newId("acct");
        account(accountId, Tier.PREMIUM, "150000", "0", null, newId("csm"));
        String channelId = requestChannel(token("ae-1", "AE"), Map.of("accountId", accountId, "kind", "CUSTOMER"));
        OffsetDateTime monday = friday.plusDays(3);

        assertThat(OffsetDateTime.parse(view(channelId).extract().path("approvalClock.dueAt")).toInstant())
                .isEqualTo(monday.toInstant());
        moveTo(friday.plusDays(1));
        view(channelId).body("approvalClock.remindedAt", nullValue()).body("approvalClock.breachedAt", nullValue());
    }

    @Test
    void aCsmNamedAfterTheBreachGetsTheWholeTargetWithAReminderAndBreachOfTheirOwn() {
        OffsetDateTime monday = nextMondayAtNine();
        moveTo(monday);
        String accountId = newId("acct");
        String csm = newId("csm");
        account(accountId, Tier.PREMIUM, "150000", "0", null, null);
        String channelId = requestChannel(token("ae-1", "AE"), Map.of("accountId", accountId, "kind", "CUSTOMER"));
        OffsetDateTime firstDue = monday.plusDays(1);
        moveTo(firstDue.minusHours(4));
        moveTo(firstDue);
        view(channelId).body("status", equalTo("AWAITING_APPROVER")).body("approvalClock.breachedAt", notNullValue());

        OffsetDateTime named = firstDue.plusHours(1);
        moveTo(named);
        account(accountId, Tier.PREMIUM, "150000", "0", null, csm);
        awaitStatus(channelId, "REQUESTED");
        OffsetDateTime due = named.plusDays(1);
        assertThat(OffsetDateTime.parse(view(channelId).extract().path("approvalClock.dueAt")).toInstant())
                .isEqualTo(due.toInstant());
        view(channelId).body("approvalClock.remindedAt", nullValue()).body("approvalClock.breachedAt", nullValue());

        moveTo(due.minusHours(4).minusSeconds(1));
        view(channelId).body("approvalClock.remindedAt", nullValue());
        moveTo(due.minusHours(4));
        view(channelId).body("approvalClock.remindedAt", notNullValue());
        moveTo(due.minusSeconds(1));
        view(channelId).body("approvalClock.breachedAt", nullValue());
        moveTo(due);

        PublishedEvents published = eventsOf(accountId);
        assertThat(published.of(SlackApprovalDueSoon.class, e -> e.channelId().equals(channelId)))
                .extracting(SlackApprovalDueSoon::approverId).containsExactly(null, csm);
        assertThat(published.of(SlackApprovalDueSoon.class, e -> csm.equals(e.approverId()))).singleElement()
                .satisfies(e -> assertThat(e.dueAt().toInstant()).isEqualTo(due.toInstant()));
        assertThat(published.of(SlackApprovalOverdue.class, e -> e.channelId().equals(channelId)))
                .extracting(SlackApprovalOverdue::approverId).containsExactly(null, csm);
    }

    @Test
    void aNewCsmAfterTheFirstWasRemindedGetsTheClockRestarted() {
        OffsetDateTime monday = nextMondayAtNine();
        moveTo(monday);
        String accountId = newId("acct");
        String firstCsm = newId("csm");
        String secondCsm = newId("csm");
        account(accountId, Tier.PREMIUM, "150000", "0", null, firstCsm);
        String channelId = requestChannel(token("ae-1", "AE"), Map.of("accountId", accountId, "kind", "CUSTOMER"));
        OffsetDateTime firstDue = monday.plusDays(1);
        moveTo(firstDue.minusHours(4));
        view(channelId).body("approvalClock.remindedAt", notNullValue());

        OffsetDateTime changed = firstDue.minusHours(3);
        moveTo(changed);
        TestKafka.publish(new AccountTeamChanged(accountId, TeamRole.CSM, firstCsm, secondCsm));
        await().atMost(Fixtures.PATIENCE).until(() -> secondCsm.equals(
                view(channelId).extract().path("approvals.expectedApproverId")));
        OffsetDateTime due = changed.plusDays(1);
        assertThat(OffsetDateTime.parse(view(channelId).extract().path("approvalClock.dueAt")).toInstant())
                .isEqualTo(due.toInstant());
        view(channelId).body("approvalClock.remindedAt", nullValue());

        moveTo(firstDue);
        view(channelId).body("approvalClock.breachedAt", nullValue());
        moveTo(due.minusHours(4));
        moveTo(due);

        PublishedEvents published = eventsOf(accountId);
        assertThat(published.of(SlackApprovalDueSoon.class, e -> e.channelId().equals(channelId)))
                .extracting(SlackApprovalDueSoon::approverId).containsExactly(firstCsm, secondCsm);
        assertThat(published.of(SlackApprovalOverdue.class, e -> e.channelId().equals(channelId))).singleElement()
                .satisfies(e -> {
                    assertThat(e.approverId()).isEqualTo(secondCsm);
                    assertThat(e.dueAt().toInstant()).isEqualTo(due.toInstant());
                });
    }

    /** The next Monday 09:00 UTC after the shared clock's now (time only moves forward). */
    private static OffsetDateTime nextMondayAtNine() {
        return OffsetDateTime.ofInstant(CLOCK.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS)
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY)).withHour(9);
    }

    /** Moves the clock forward to {@code instant} (never back) and runs the approval check as the scheduler would. */
    private void moveTo(OffsetDateTime instant) {
        Duration ahead = Duration.between(CLOCK.instant(), instant.toInstant());
        if (!ahead.isNegative()) {
            CLOCK.advance(ahead);
        }
        deadlines.applyDue();
    }
}
