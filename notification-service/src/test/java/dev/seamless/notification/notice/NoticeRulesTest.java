package dev.seamless.notification.notice;

import static dev.seamless.notification.RuleFixtures.account;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.events.handoff.TaskAssigned;
import dev.seamless.events.handoff.TaskCreated;
import dev.seamless.events.handoff.TaskDueSoon;
import dev.seamless.events.handoff.TaskOverdue;
import dev.seamless.events.slack.SlackApprovalDueSoon;
import dev.seamless.events.slack.SlackApprovalOverdue;
import dev.seamless.events.slack.SlackChannelRequested;
import dev.seamless.events.slack.SlackChannelExpiring;
import dev.seamless.events.triage.ActionItemRaised;
import dev.seamless.events.triage.SAAssigned;
import dev.seamless.events.triage.StageExitDue;
import dev.seamless.events.triage.TriageResponseDueSoon;
import dev.seamless.events.triage.TriageResponseOverdue;
import dev.seamless.events.types.ChannelKind;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.Reason;
import dev.seamless.events.types.TriageClock;
import dev.seamless.notification.delivery.PlannedEmail;
import dev.seamless.notification.directory.Account;
import dev.seamless.notification.directory.PeopleFixture;
import dev.seamless.notification.directory.Recipients;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NoticeRulesTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 4);
    private static final Optional<Account> ACCOUNT = Optional.of(account(null, "pat@acme.example"));

    private final NoticeRules rules = new NoticeRules(ZoneId.of("Europe/Berlin"),
            Set.of(PersonRole.SA, PersonRole.CSM));
    private final Recipients recipients = PeopleFixture.team()
            .with("sa-2", "Riley Architect", PersonRole.SA, "riley@seamless.example").recipients();

    @Test
    void anAssignedSaIsTold() {
        List<PlannedEmail> notices = rules.saAssigned(assigned(null), ACCOUNT, recipients);

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.template()).isEqualTo("sa-assigned");
            assertThat(notice.to().email()).isEqualTo("sam@seamless.example");
            assertThat(notice.cc()).isEmpty();
            assertThat(notice.values()).containsEntry("reason", "Same SA as the account (stickiness)")
                    .containsEntry("accountName", "Acme").containsEntry("previousSaName", null);
            assertThat(notice.reason().rule()).isEqualTo("notification.notice.sa-assigned");
        });
    }

    @Test
    void onReassignmentThePreviousSaIsToldToo() {
        List<PlannedEmail> notices = rules.saAssigned(assigned("sa-2"), ACCOUNT, recipients);

        assertThat(notices).extracting(PlannedEmail::template).containsExactly("sa-assigned", "sa-reassigned");
        assertThat(notices.get(1).to().email()).isEqualTo("riley@seamless.example");
        assertThat(notices.get(0).values()).containsEntry("previousSaName", "Riley Architect");
        assertThat(notices.get(0).occasion()).isEqualTo("triage-request:req-1:sa:sa-1:from:sa-2");
    }

    @Test
    void aTaskIsNoticedToItsAssigneeOncePerAssignee() {
        PlannedEmail notice = rules.taskCreated(created("csm-1"), ACCOUNT, recipients).orElseThrow();

        assertThat(notice.template()).isEqualTo("task-created");
        assertThat(notice.to().email()).isEqualTo("casey@seamless.example");
        assertThat(notice.values()).containsEntry("title", "Schedule the kickoff").containsEntry("dueDate",
                "2026-12-04").containsEntry("link", "https://handbook.example/kickoff");
        assertThat(notice.occasion()).isEqualTo("task:task-1:assignee:csm-1");
    }

    @Test
    void aTaskWithoutAnAssigneeWaitsForTaskAssigned() {
        assertThat(rules.taskCreated(created(null), ACCOUNT, recipients)).isEmpty();

        PlannedEmail notice = rules.taskAssigned(new TaskAssigned("task-1", "h-1", "acct-1", "Schedule the kickoff",
                "csm-1", null, "INCOMING", DUE, new Reason("handoff.assignee.known", "The CSM is known now.")),
                ACCOUNT, recipients).orElseThrow();
        assertThat(notice.template()).isEqualTo("task-assigned");
        assertThat(notice.to().email()).isEqualTo("casey@seamless.example");
        assertThat(notice.values()).containsEntry("reason", "The CSM is known now.");
    }

    @Test
    void tasksOfRolesOutsideTheConfiguredOnesAreNotNoticed() {
        assertThat(rules.taskCreated(created("ae-1"), ACCOUNT, recipients)).isEmpty();
        assertThat(rules.taskOverdue(overdue(DUE, "ae-1"), ACCOUNT, recipients)).isEmpty();

        NoticeRules withAes = new NoticeRules(ZoneId.of("UTC"), Set.of(PersonRole.SA, PersonRole.CSM, PersonRole.AE));
        assertThat(withAes.taskCreated(created("ae-1"), ACCOUNT, recipients)).hasValueSatisfying(
                notice -> assertThat(notice.to().email()).isEqualTo("alex@seamless.example"));
    }

    @Test
    void anOverdueTaskIsRemindedOncePerDueDate() {
        PlannedEmail first = rules.taskOverdue(overdue(DUE, "csm-1"), ACCOUNT, recipients).orElseThrow();
        PlannedEmail moved = rules.taskOverdue(overdue(DUE.plusDays(3), "csm-1"), ACCOUNT, recipients).orElseThrow();

        assertThat(first.template()).isEqualTo("task-overdue");
        assertThat(first.occasion()).isEqualTo("task:task-1:due:2026-12-04");
        assertThat(moved.occasion()).isNotEqualTo(first.occasion());
    }

    @Test
    void anAssigneeMissingFromTheDirectoryIsPlannedWithTheProblem() {
        PlannedEmail notice = rules.taskOverdue(overdue(DUE, "csm-gone"), ACCOUNT, recipients).orElseThrow();

        assertThat(notice.problems())
                .containsExactly("assignee csm-gone is not in the people directory (directory.people)");
    }

    @Test
    void theChannelOwnerIsRemindedWithTheExpiryInTheConfiguredZone() {
        PlannedEmail notice = rules.channelExpiring(new SlackChannelExpiring("ch-1", "acct-1", ChannelKind.EPHEMERAL,
                "C123", "sa-1", OffsetDateTime.parse("2026-12-10T09:00:00Z")), ACCOUNT, recipients);

        assertThat(notice.template()).isEqualTo("slack-channel-expiring");
        assertThat(notice.to().email()).isEqualTo("sam@seamless.example");
        assertThat(notice.values()).containsEntry("expiresAt", "2026-12-10 10:00 CET")
                .containsEntry("channel", "C123").containsEntry("kind", "ephemeral");
        assertThat(notice.occasion()).isEqualTo("slack-channel:ch-1:expires:2026-12-10T09:00:00Z");
    }

    private static SAAssigned assigned(String previousSaId) {
        return new SAAssigned("req-1", "acct-1", "opp-1", "sa-1", previousSaId, "Same SA as the account (stickiness)",
                List.of(), "policy-1");
    }

    private static TaskCreated created(String assigneeId) {
        return new TaskCreated("task-1", "h-1", "acct-1", "Schedule the kickoff", assigneeId, "INCOMING", DUE,
                "https://handbook.example/kickoff");
    }

    private static TaskOverdue overdue(LocalDate due, String assigneeId) {
        return new TaskOverdue("task-1", "h-1", "acct-1", "Schedule the kickoff", assigneeId, due);
    }

    @Test
    void triageResponseAndSlackApprovalRemindersWithNobodyToRemindAreSkipped() {
        OffsetDateTime dueAt = OffsetDateTime.parse("2026-12-08T15:00:00Z");

        assertThat(rules.triageResponseDueSoon(new TriageResponseDueSoon("req-1", "acct-1", TriageClock.TRIAGE, null,
                dueAt), ACCOUNT, recipients)).isEmpty();
        assertThat(rules.triageResponseOverdue(new TriageResponseOverdue("req-1", "acct-1", TriageClock.TRIAGE,
                null, dueAt), ACCOUNT, recipients)).isEmpty();
        assertThat(rules.slackApprovalDueSoon(new SlackApprovalDueSoon("ch-1", "acct-1", ChannelKind.CUSTOMER, null,
                dueAt), ACCOUNT, recipients)).isEmpty();
        assertThat(rules.slackApprovalOverdue(new SlackApprovalOverdue("ch-1", "acct-1", ChannelKind.CUSTOMER, null,
                dueAt), ACCOUNT, recipients)).isEmpty();
    }

    @Test
    void anEligibleChannelRequestWithAnApproverAsksTheApproverOncePerRequestAndApprover() {
        PlannedEmail notice = rules.slackChannelRequested(requested(true, "csm-1"), ACCOUNT, recipients)
                .orElseThrow();

        assertThat(notice.template()).isEqualTo("slack-approval-requested");
        assertThat(notice.to().email()).isEqualTo("casey@seamless.example");
        assertThat(notice.occasion()).isEqualTo("slack-channel:ch-1:approval-requested");
        assertThat(notice.values()).containsEntry("requesterName", "Sam Architect").containsEntry("kind", "customer");
        assertThat(notice.reason().rule()).isEqualTo("notification.notice.slack-approval-requested");
        assertThat(notice.inputs()).containsEntry("approverId", "csm-1").containsEntry("eligible", true);
        assertThat(rules.slackChannelRequested(requested(true, null), ACCOUNT, recipients)).isEmpty();
        assertThat(rules.slackChannelRequested(requested(false, "csm-1"), ACCOUNT, recipients)).isEmpty();
    }

    private static SlackChannelRequested requested(boolean eligible, String approverId) {
        return new SlackChannelRequested("ch-1", "acct-1", ChannelKind.CUSTOMER, "sa-1", null, "Kickoff", eligible,
                List.of(), approverId);
    }

    /** Due soon and overdue are two occasions of one target; a target that moves is reminded again. */
    @Test
    void aTriageResponseIsRemindedOncePerTargetWhenDueSoonAndOnceWhenOverdue() {
        OffsetDateTime dueAt = OffsetDateTime.parse("2026-12-08T15:00:00Z");
        PlannedEmail soon = rules.triageResponseDueSoon(new TriageResponseDueSoon("req-1", "acct-1",
                TriageClock.TRIAGE, "sa-1", dueAt), ACCOUNT, recipients).orElseThrow();
        PlannedEmail overdue = rules.triageResponseOverdue(new TriageResponseOverdue("req-1", "acct-1",
                TriageClock.TRIAGE, "sa-1", dueAt), ACCOUNT, recipients).orElseThrow();
        PlannedEmail moved = rules.triageResponseDueSoon(new TriageResponseDueSoon("req-1", "acct-1",
                TriageClock.TRIAGE, "sa-1", dueAt.plusDays(1)), ACCOUNT, recipients).orElseThrow();

        assertThat(List.of(soon.occasion(), overdue.occasion(), moved.occasion())).doesNotHaveDuplicates();
        assertThat(soon.to().email()).isEqualTo("sam@seamless.example");
        assertThat(soon.values()).containsEntry("owed", "triage the request")
                .containsEntry("dueAt", "2026-12-08 16:00 CET").containsEntry("overdue", false);
        assertThat(overdue.reason().rule()).isEqualTo("notification.notice.triage-response-overdue");
    }

    @Test
    void aTaskDueSoonGoesToItsAssigneeOnlyInTheNoticedRoles() {
        PlannedEmail toCsm = rules.taskDueSoon(new TaskDueSoon("t-1", "h-1", "acct-1", "Kickoff", "csm-1", DUE),
                ACCOUNT, recipients).orElseThrow();

        assertThat(toCsm.occasion()).isEqualTo("task:t-1:due-soon:2026-12-04");
        assertThat(toCsm.to().email()).isEqualTo("casey@seamless.example");
        assertThat(rules.taskDueSoon(new TaskDueSoon("t-1", "h-1", "acct-1", "Kickoff", "ae-1", DUE), ACCOUNT,
                recipients)).isEmpty();
    }

    @Test
    void anActionItemGoesToItsSaAndAStageExitToTheAe() {
        PlannedEmail item = rules.actionItemRaised(new ActionItemRaised("ai-1", "acct-1", "opp-1", null, "sa-1",
                "STAGE_3_TRANSITION", "Record the transition", null), ACCOUNT, recipients);
        PlannedEmail exit = rules.stageExitDue(new StageExitDue("acct-1", "opp-1", null, "ae-1", "sa-1",
                "3-Technical Evaluation", "Engagement completed."), ACCOUNT, recipients);

        assertThat(item.to().email()).isEqualTo("sam@seamless.example");
        assertThat(item.occasion()).isEqualTo("action-item:ai-1");
        assertThat(exit.to().email()).isEqualTo("alex@seamless.example");
        assertThat(exit.occasion()).isEqualTo("opportunity:opp-1:stage-exit:3-Technical Evaluation");
    }
}
