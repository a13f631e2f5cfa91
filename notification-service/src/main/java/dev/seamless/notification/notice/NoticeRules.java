package dev.seamless.notification.notice;

import dev.seamless.events.handoff.TaskAssigned;
import dev.seamless.events.handoff.TaskCreated;
import dev.seamless.events.handoff.TaskDueSoon;
import dev.seamless.events.handoff.TaskOverdue;
import dev.seamless.events.slack.SlackApprovalDueSoon;
import dev.seamless.events.slack.SlackApprovalOverdue;
import dev.seamless.events.slack.SlackChannelExpiring;
import dev.seamless.events.slack.SlackChannelRequested;
import dev.seamless.events.triage.AccountSaTransferred;
import dev.seamless.events.triage.ActionItemRaised;
import dev.seamless.events.triage.SAAssigned;
import dev.seamless.events.triage.StageExitDue;
import dev.seamless.events.triage.TriageResponseDueSoon;
import dev.seamless.events.triage.TriageResponseOverdue;
import dev.seamless.events.types.ChannelKind;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.TriageClock;
import dev.seamless.events.types.Reason;
import dev.seamless.notification.delivery.PlannedEmail;
import dev.seamless.notification.delivery.Recipient;
import dev.seamless.notification.directory.Account;
import dev.seamless.notification.directory.Recipients;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Notices to our own people about work that reached them (DESIGN §4): the SA assigned to a triage request (and the
 * SA it was taken from), the assignee of a handoff task when it is created, moved to them or overdue, and the owner
 * of a Slack channel about to expire; and the reminders of the second policy round: an SA's action item, an AE's due
 * stage exit, a triage response or a Slack channel approval due soon or overdue, a task due soon, and an account
 * that became an SA's. Each goes to the person named in the event, resolved through the people directory; each is
 * sent once per business fact, whatever number of events repeat it. Task notices go to the roles DESIGN §4 names (SAs
 * and CSMs) unless configured otherwise; an assignee the directory does not know is noticed anyway, so that the
 * missing entry is recorded as a failed notification. A reminder whose event names nobody to remind is skipped, and
 * the log says why.
 */
public final class NoticeRules {

    public static final String SA_ASSIGNED = "sa-assigned";
    public static final String SA_REASSIGNED = "sa-reassigned";
    public static final String TASK_CREATED = "task-created";
    public static final String TASK_ASSIGNED = "task-assigned";
    public static final String TASK_OVERDUE = "task-overdue";
    public static final String CHANNEL_EXPIRING = "slack-channel-expiring";
    public static final String ACTION_ITEM_RAISED = "action-item-raised";
    public static final String STAGE_EXIT_DUE = "stage-exit-due";
    public static final String TRIAGE_RESPONSE_REMINDER = "triage-response-reminder";
    public static final String TASK_DUE_SOON = "task-due-soon";
    public static final String SLACK_APPROVAL_REMINDER = "slack-approval-reminder";
    public static final String SLACK_APPROVAL_REQUESTED = "slack-approval-requested";
    public static final String ACCOUNT_SA_TRANSFERRED = "account-sa-transferred";

    private static final Logger LOG = Logger.getLogger(NoticeRules.class);

    private final DateTimeFormatter timeFormat;
    private final Set<PersonRole> taskNoticeRoles;

    /**
     * @param zone            the time zone in which notices state times (Slack channel expiry)
     * @param taskNoticeRoles the directory roles whose task assignments are noticed
     */
    public NoticeRules(ZoneId zone, Set<PersonRole> taskNoticeRoles) {
        this.timeFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH).withZone(zone);
        this.taskNoticeRoles = Set.copyOf(taskNoticeRoles);
    }

    /** The assigned SA is told; on reassignment, the previous SA too. */
    public List<PlannedEmail> saAssigned(SAAssigned event, Optional<Account> account, Recipients recipients) {
        String occasion = "triage-request:" + event.requestId() + ":sa:" + event.saId() + ":from:"
                + (event.previousSaId() != null ? event.previousSaId() : "none");
        Recipient sa = recipients.person("SA", event.saId());
        Recipient previous = event.previousSaId() != null ? recipients.person("previous SA", event.previousSaId())
                : null;
        Map<String, Object> values = values(account, event.accountId());
        values.put("requestId", event.requestId());
        values.put("opportunityId", event.opportunityId());
        values.put("reason", event.reason());
        values.put("saName", sa.name() != null ? sa.name() : event.saId());
        values.put("previousSaName", previous == null ? null
                : previous.name() != null ? previous.name() : event.previousSaId());
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("requestId", event.requestId());
        inputs.put("saId", event.saId());
        inputs.put("previousSaId", event.previousSaId());
        inputs.put("policyVersion", event.policyVersion());
        List<PlannedEmail> notices = new ArrayList<>();
        notices.add(new PlannedEmail(event.accountId(), SA_ASSIGNED, occasion, sa, List.of(), values,
                new Reason("notification.notice.sa-assigned", "SA " + event.saId() + " was assigned triage request "
                        + event.requestId() + ": the SA is told."), inputs));
        if (previous != null) {
            notices.add(new PlannedEmail(event.accountId(), SA_REASSIGNED, occasion, previous, List.of(), values,
                    new Reason("notification.notice.sa-reassigned", "Triage request " + event.requestId()
                            + " moved from SA " + event.previousSaId() + " to SA " + event.saId()
                            + ": the previous SA is told."), inputs));
        }
        return notices;
    }

    /** A task created without an assignee is noticed when {@code TaskAssigned} names one. */
    public Optional<PlannedEmail> taskCreated(TaskCreated event, Optional<Account> account, Recipients recipients) {
        if (event.assigneeId() == null || !noticed(event.assigneeId(), recipients)) {
            return Optional.empty();
        }
        Map<String, Object> values = taskValues(account, event.accountId(), event.title(), event.dueDate());
        values.put("link", event.link());
        return Optional.of(taskNotice(event.accountId(), TASK_CREATED, "task:" + event.taskId() + ":assignee:"
                + event.assigneeId(), recipients.person("assignee", event.assigneeId()), values,
                new Reason("notification.notice.task-created", "Task " + event.taskId() + " was created for "
                        + event.assigneeId() + ": the assignee is told."),
                event.taskId(), event.assigneeId()));
    }

    public Optional<PlannedEmail> taskAssigned(TaskAssigned event, Optional<Account> account,
            Recipients recipients) {
        if (!noticed(event.assigneeId(), recipients)) {
            return Optional.empty();
        }
        Map<String, Object> values = taskValues(account, event.accountId(), event.title(), event.dueDate());
        values.put("reason", event.reason().message());
        return Optional.of(taskNotice(event.accountId(), TASK_ASSIGNED, "task:" + event.taskId() + ":assignee:"
                + event.assigneeId(), recipients.person("assignee", event.assigneeId()), values,
                new Reason("notification.notice.task-assigned", "Task " + event.taskId() + " moved to "
                        + event.assigneeId() + " (" + event.reason().rule() + "): the new assignee is told."),
                event.taskId(), event.assigneeId()));
    }

    /** Overdue once per due date: a task whose due date moves and passes again is noticed again. */
    public Optional<PlannedEmail> taskOverdue(TaskOverdue event, Optional<Account> account, Recipients recipients) {
        if (!noticed(event.assigneeId(), recipients)) {
            return Optional.empty();
        }
        return Optional.of(taskNotice(event.accountId(), TASK_OVERDUE, "task:" + event.taskId() + ":due:" + event.dueDate(),
                recipients.person("assignee", event.assigneeId()),
                taskValues(account, event.accountId(), event.title(), event.dueDate()),
                new Reason("notification.notice.task-overdue", "Task " + event.taskId() + " passed its due date "
                        + event.dueDate() + ": the assignee is reminded."),
                event.taskId(), event.assigneeId()));
    }

    /** Reminded once per expiry: a channel whose expiry moves is reminded again. */
    public PlannedEmail channelExpiring(SlackChannelExpiring event, Optional<Account> account,
            Recipients recipients) {
        Recipient owner = recipients.person("channel owner", event.ownerId());
        Map<String, Object> values = values(account, event.accountId());
        values.put("recipientName", owner.name());
        values.put("channel", event.slackChannelId() != null ? event.slackChannelId() : event.channelId());
        values.put("kind", event.kind().name().toLowerCase(Locale.ROOT));
        values.put("expiresAt", timeFormat.format(event.expiresAt()));
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("channelId", event.channelId());
        inputs.put("ownerId", event.ownerId());
        inputs.put("expiresAt", event.expiresAt());
        return new PlannedEmail(event.accountId(), CHANNEL_EXPIRING, "slack-channel:" + event.channelId()
                + ":expires:" + event.expiresAt().toInstant(), owner, List.of(), values,
                new Reason("notification.notice.slack-channel-expiring", "Slack channel " + event.channelId()
                        + " expires at " + event.expiresAt() + ": its owner " + event.ownerId() + " is reminded."),
                inputs);
    }

    /** The SA who owes an action item learns what to record, once per action item. */
    public PlannedEmail actionItemRaised(ActionItemRaised event, Optional<Account> account, Recipients recipients) {
        Recipient sa = recipients.person("SA", event.saId());
        Map<String, Object> values = values(account, event.accountId());
        values.put("recipientName", sa.name());
        values.put("title", event.title());
        values.put("details", event.details());
        values.put("opportunityId", event.opportunityId());
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("actionItemId", event.actionItemId());
        inputs.put("kind", event.kind());
        inputs.put("saId", event.saId());
        inputs.put("opportunityId", event.opportunityId());
        inputs.put("requestId", event.requestId());
        return new PlannedEmail(event.accountId(), ACTION_ITEM_RAISED, "action-item:" + event.actionItemId(), sa,
                List.of(), values, new Reason("notification.notice.action-item-raised", "Action item "
                        + event.actionItemId() + " (" + event.kind() + ") is owed by SA " + event.saId()
                        + ": the SA is told what to record."), inputs);
    }

    /** The AE is asked to move the opportunity on, once per opportunity and stage. */
    public PlannedEmail stageExitDue(StageExitDue event, Optional<Account> account, Recipients recipients) {
        Recipient ae = recipients.person("AE", event.aeId());
        Map<String, Object> values = values(account, event.accountId());
        values.put("recipientName", ae.name());
        values.put("opportunityId", event.opportunityId());
        values.put("stage", event.stage());
        values.put("reason", event.reason());
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("opportunityId", event.opportunityId());
        inputs.put("stage", event.stage());
        inputs.put("aeId", event.aeId());
        inputs.put("saId", event.saId());
        inputs.put("requestId", event.requestId());
        return new PlannedEmail(event.accountId(), STAGE_EXIT_DUE, "opportunity:" + event.opportunityId()
                + ":stage-exit:" + event.stage(), ae, List.of(), values,
                new Reason("notification.notice.stage-exit-due", "Opportunity " + event.opportunityId()
                        + " still sits in " + event.stage() + " after its SA's work completed: its AE "
                        + event.aeId() + " is asked to move it on."), inputs);
    }

    public Optional<PlannedEmail> triageResponseDueSoon(TriageResponseDueSoon event, Optional<Account> account,
            Recipients recipients) {
        return triageResponse(event.requestId(), event.accountId(), event.clock(), event.personId(), event.dueAt(),
                false, account, recipients);
    }

    public Optional<PlannedEmail> triageResponseOverdue(TriageResponseOverdue event, Optional<Account> account,
            Recipients recipients) {
        return triageResponse(event.requestId(), event.accountId(), event.clock(), event.personId(), event.dueAt(),
                true, account, recipients);
    }

    /** The person who owes the response is reminded, once per request, clock, target and stage (soon, overdue). */
    private Optional<PlannedEmail> triageResponse(String requestId, String accountId, TriageClock clock,
            String personId, OffsetDateTime dueAt, boolean overdue, Optional<Account> account,
            Recipients recipients) {
        String which = overdue ? "overdue" : "due-soon";
        if (personId == null) {
            LOG.infof("No %s reminder for the %s target of triage request %s: the event names nobody who owes the"
                    + " response", which, clock, requestId);
            return Optional.empty();
        }
        Recipient person = recipients.person("responder", personId);
        Map<String, Object> values = values(account, accountId);
        values.put("recipientName", person.name());
        values.put("requestId", requestId);
        values.put("overdue", overdue);
        values.put("owed", owed(clock));
        values.put("dueAt", timeFormat.format(dueAt));
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("requestId", requestId);
        inputs.put("clock", clock);
        inputs.put("personId", personId);
        inputs.put("dueAt", dueAt);
        return Optional.of(new PlannedEmail(accountId, TRIAGE_RESPONSE_REMINDER, "triage-request:" + requestId
                + ":clock:" + clock + ":due:" + dueAt.toInstant() + ":" + which, person, List.of(), values,
                new Reason("notification.notice.triage-response-" + which, "The " + clock + " target of triage"
                        + " request " + requestId + (overdue ? " passed" : " is due") + " at " + dueAt + ": "
                        + personId + ", who owes the response, is reminded."), inputs));
    }

    private static String owed(TriageClock clock) {
        return switch (clock) {
            case TRIAGE -> "triage the request";
            case ASYNC_RESPONSE -> "answer the request";
            case WAITING_ON_AE -> "give the SA the information the request is missing";
        };
    }

    /** Due soon once per due date, as {@link #taskOverdue}. */
    public Optional<PlannedEmail> taskDueSoon(TaskDueSoon event, Optional<Account> account, Recipients recipients) {
        if (!noticed(event.assigneeId(), recipients)) {
            return Optional.empty();
        }
        return Optional.of(taskNotice(event.accountId(), TASK_DUE_SOON, "task:" + event.taskId() + ":due-soon:"
                + event.dueDate(), recipients.person("assignee", event.assigneeId()),
                taskValues(account, event.accountId(), event.title(), event.dueDate()),
                new Reason("notification.notice.task-due-soon", "Task " + event.taskId() + " is due on "
                        + event.dueDate() + ": the assignee is reminded."),
                event.taskId(), event.assigneeId()));
    }

    public Optional<PlannedEmail> slackApprovalDueSoon(SlackApprovalDueSoon event, Optional<Account> account,
            Recipients recipients) {
        return slackApproval(event.channelId(), event.accountId(), event.kind(), event.approverId(), event.dueAt(),
                false, account, recipients);
    }

    public Optional<PlannedEmail> slackApprovalOverdue(SlackApprovalOverdue event, Optional<Account> account,
            Recipients recipients) {
        return slackApproval(event.channelId(), event.accountId(), event.kind(), event.approverId(), event.dueAt(),
                true, account, recipients);
    }

    /**
     * The approver learns that an eligible channel request waits for them, once per request and approver: a request
     * republished when its approver is named later reaches that approver too. Without an approver, or for a request
     * that is not eligible (nothing to approve), nothing is sent.
     */
    public Optional<PlannedEmail> slackChannelRequested(SlackChannelRequested request, Optional<Account> account,
            Recipients recipients) {
        if (request.approverId() == null || !request.eligible()) {
            LOG.infof("No approval request notice for Slack channel request %s: %s", request.channelId(),
                    request.approverId() == null ? "it has no approver yet" : "it is not eligible");
            return Optional.empty();
        }
        Recipient approver = recipients.person("approver", request.approverId());
        Recipient requester = recipients.person("requester", request.requestedBy());
        Map<String, Object> values = values(account, request.accountId());
        values.put("recipientName", approver.name());
        values.put("channelId", request.channelId());
        values.put("kind", request.kind().name().toLowerCase(Locale.ROOT));
        values.put("requesterName", requester.name() != null ? requester.name() : request.requestedBy());
        values.put("purpose", request.purpose());
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("channelId", request.channelId());
        inputs.put("kind", request.kind());
        inputs.put("approverId", request.approverId());
        inputs.put("requestedBy", request.requestedBy());
        inputs.put("eligible", request.eligible());
        return Optional.of(new PlannedEmail(request.accountId(), SLACK_APPROVAL_REQUESTED, "slack-channel:"
                + request.channelId() + ":approval-requested", approver, List.of(), values,
                new Reason("notification.notice.slack-approval-requested", "Slack channel request "
                        + request.channelId() + " is eligible and waits for its approver " + request.approverId()
                        + ", who is asked to approve or reject it."), inputs));
    }

    /** The approver is reminded, once per channel request, target and stage (soon, overdue). */
    private Optional<PlannedEmail> slackApproval(String channelId, String accountId, ChannelKind kind,
            String approverId, OffsetDateTime dueAt, boolean overdue, Optional<Account> account,
            Recipients recipients) {
        String which = overdue ? "overdue" : "due-soon";
        if (approverId == null) {
            LOG.infof("No %s approval reminder for Slack channel request %s: it has no approver yet", which,
                    channelId);
            return Optional.empty();
        }
        Recipient approver = recipients.person("approver", approverId);
        Map<String, Object> values = values(account, accountId);
        values.put("recipientName", approver.name());
        values.put("channelId", channelId);
        values.put("kind", kind.name().toLowerCase(Locale.ROOT));
        values.put("overdue", overdue);
        values.put("dueAt", timeFormat.format(dueAt));
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("channelId", channelId);
        inputs.put("kind", kind);
        inputs.put("approverId", approverId);
        inputs.put("dueAt", dueAt);
        return Optional.of(new PlannedEmail(accountId, SLACK_APPROVAL_REMINDER, "slack-channel:" + channelId
                + ":approval:" + dueAt.toInstant() + ":" + which, approver, List.of(), values,
                new Reason("notification.notice.slack-approval-" + which, "Slack channel request " + channelId
                        + (overdue ? " passed" : " reaches") + " its approval target at " + dueAt + ": its approver "
                        + approverId + " is reminded."), inputs));
    }

    /** The new SA learns the account is theirs, once per transfer. */
    public PlannedEmail accountSaTransferred(AccountSaTransferred event, Optional<Account> account,
            Recipients recipients) {
        Recipient sa = recipients.person("SA", event.saId());
        Recipient previous = event.previousSaId() == null ? null
                : recipients.person("previous SA", event.previousSaId());
        Map<String, Object> values = values(account, event.accountId());
        values.put("recipientName", sa.name());
        values.put("previousSaName", previous == null ? null
                : previous.name() != null ? previous.name() : event.previousSaId());
        values.put("reason", event.reason());
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("saId", event.saId());
        inputs.put("previousSaId", event.previousSaId());
        inputs.put("transferRule", event.rule());
        inputs.put("decidedBy", event.decidedBy());
        return new PlannedEmail(event.accountId(), ACCOUNT_SA_TRANSFERRED, "account-sa:" + event.accountId()
                + ":to:" + event.saId() + ":from:" + (event.previousSaId() != null ? event.previousSaId() : "none"),
                sa, List.of(), values, new Reason("notification.notice.account-sa-transferred", "Account "
                        + event.accountId() + " moved to SA " + event.saId() + " (" + event.rule()
                        + "): the new SA is told."), inputs);
    }

    private boolean noticed(String assigneeId, Recipients recipients) {
        return recipients.directoryRole(assigneeId).map(taskNoticeRoles::contains).orElse(true);
    }

    private static PlannedEmail taskNotice(String accountId, String template, String occasion, Recipient assignee,
            Map<String, Object> values, Reason reason, String taskId, String assigneeId) {
        values.put("recipientName", assignee.name());
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("taskId", taskId);
        inputs.put("assigneeId", assigneeId);
        inputs.put("dueDate", values.get("dueDate"));
        return new PlannedEmail(accountId, template, occasion, assignee, List.of(), values, reason, inputs);
    }

    private static Map<String, Object> taskValues(Optional<Account> account, String accountId, String title,
            LocalDate dueDate) {
        Map<String, Object> values = values(account, accountId);
        values.put("title", title);
        values.put("dueDate", dueDate.toString());
        return values;
    }

    private static Map<String, Object> values(Optional<Account> account, String accountId) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("accountName", account.map(Account::displayName).orElse(accountId));
        return values;
    }
}
