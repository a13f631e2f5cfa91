package dev.seamless.notification.messaging;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.crm.AccountTeamChanged;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.directory.PersonUpdated;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.events.handoff.HandoffCancelled;
import dev.seamless.events.handoff.PostSalesPathDecided;
import dev.seamless.events.handoff.TaskAssigned;
import dev.seamless.events.handoff.TaskCreated;
import dev.seamless.events.handoff.TaskDueSoon;
import dev.seamless.events.handoff.TaskOverdue;
import dev.seamless.events.slack.SlackApprovalDueSoon;
import dev.seamless.events.slack.SlackApprovalOverdue;
import dev.seamless.events.slack.SlackChannelExpiring;
import dev.seamless.events.slack.SlackChannelRequested;
import dev.seamless.events.support.CustomerInquiryReceived;
import dev.seamless.events.triage.AccountSaTransferred;
import dev.seamless.events.triage.ActionItemRaised;
import dev.seamless.events.triage.SAAssigned;
import dev.seamless.events.triage.StageExitDue;
import dev.seamless.events.triage.TriageResponseDueSoon;
import dev.seamless.events.triage.TriageResponseOverdue;
import dev.seamless.events.types.TeamRole;
import dev.seamless.messaging.consume.EventHandler;
import dev.seamless.notification.delivery.NotificationService;
import dev.seamless.notification.delivery.PlannedEmail;
import dev.seamless.notification.directory.Account;
import dev.seamless.notification.directory.Opportunity;
import dev.seamless.notification.directory.Person;
import dev.seamless.notification.directory.Recipients;
import dev.seamless.notification.journey.PostSalesDecisions;
import dev.seamless.notification.notice.NoticeRules;
import dev.seamless.notification.redirect.PostSalesRedirects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Keeps the projections and records the notifications the rules ask for. Other event types are ignored. */
@ApplicationScoped
public class NotificationTriggers implements EventHandler {

    @Inject
    Recipients recipients;

    @Inject
    PostSalesDecisions postSales;

    @Inject
    PostSalesRedirects redirects;

    @Inject
    NoticeRules notices;

    @Inject
    NotificationService notifications;

    @Inject
    Clock clock;

    @Override
    public void handle(EventEnvelope<SeamlessEvent> event) {
        planned(event).forEach(email -> notifications.record(email, event.id()));
    }

    /**
     * Applies projections, acts on handoff-service's post-sales decisions, and returns the emails the rules plan for
     * the event (none for most events).
     */
    private List<PlannedEmail> planned(EventEnvelope<SeamlessEvent> event) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        SeamlessEvent data = event.data();
        if (data instanceof PersonUpdated person) {
            Person.project(person, now);
        } else if (data instanceof AccountUpdated account) {
            Account.project(account, now);
            postSales.accountChanged(account.accountId(), event.id());
        } else if (data instanceof AccountTeamChanged teamChange) {
            Account.changeTeam(teamChange, now);
            if (teamChange.role() == TeamRole.CSM) {
                postSales.accountChanged(teamChange.accountId(), event.id());
            }
        } else if (data instanceof OpportunityStageChanged stageChange) {
            Opportunity.project(stageChange, now);
        } else if (data instanceof PostSalesPathDecided decision) {
            postSales.decided(decision, event.id());
        } else if (data instanceof HandoffCancelled cancelled) {
            postSales.handoffCancelled(cancelled);
        } else if (data instanceof CustomerInquiryReceived inquiry) {
            return redirects.forInquiry(inquiry, event.id()).stream().toList();
        } else {
            return notices(data);
        }
        return List.of();
    }

    /** The notices to our people the event calls for. */
    private List<PlannedEmail> notices(SeamlessEvent data) {
        if (data instanceof SAAssigned assigned) {
            return notices.saAssigned(assigned, account(assigned.accountId()), recipients);
        } else if (data instanceof AccountSaTransferred transfer) {
            return List.of(notices.accountSaTransferred(transfer, account(transfer.accountId()), recipients));
        } else if (data instanceof ActionItemRaised item) {
            return List.of(notices.actionItemRaised(item, account(item.accountId()), recipients));
        } else if (data instanceof StageExitDue due) {
            return List.of(notices.stageExitDue(due, account(due.accountId()), recipients));
        } else if (data instanceof TriageResponseDueSoon due) {
            return notices.triageResponseDueSoon(due, account(due.accountId()), recipients).stream().toList();
        } else if (data instanceof TriageResponseOverdue overdue) {
            return notices.triageResponseOverdue(overdue, account(overdue.accountId()), recipients).stream().toList();
        } else if (data instanceof TaskCreated task) {
            return notices.taskCreated(task, account(task.accountId()), recipients).stream().toList();
        } else if (data instanceof TaskAssigned task) {
            return notices.taskAssigned(task, account(task.accountId()), recipients).stream().toList();
        } else if (data instanceof TaskDueSoon task) {
            return notices.taskDueSoon(task, account(task.accountId()), recipients).stream().toList();
        } else if (data instanceof TaskOverdue task) {
            return notices.taskOverdue(task, account(task.accountId()), recipients).stream().toList();
        } else if (data instanceof SlackChannelExpiring expiring) {
            return List.of(notices.channelExpiring(expiring, account(expiring.accountId()), recipients));
        } else if (data instanceof SlackChannelRequested request) {
            return notices.slackChannelRequested(request, account(request.accountId()), recipients).stream().toList();
        } else if (data instanceof SlackApprovalDueSoon due) {
            return notices.slackApprovalDueSoon(due, account(due.accountId()), recipients).stream().toList();
        } else if (data instanceof SlackApprovalOverdue overdue) {
            return notices.slackApprovalOverdue(overdue, account(overdue.accountId()), recipients).stream().toList();
        }
        return List.of();
    }

    private static Optional<Account> account(String accountId) {
        return Account.findByIdOptional(accountId);
    }
}
