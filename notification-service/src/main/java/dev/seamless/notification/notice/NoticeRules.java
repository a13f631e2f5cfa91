package dev.seamless.notification.notice;

import dev.seamless.events.handoff.TaskAssigned;
import dev.seamless.events.handoff.TaskCreated;
import dev.seamless.events.handoff.TaskOverdue;
import dev.seamless.events.slack.SlackChannelExpiring;
import dev.seamless.events.triage.SAAssigned;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.Reason;
import dev.seamless.notification.delivery.PlannedEmail;
import dev.seamless.notification.delivery.Recipient;
import dev.seamless.notification.directory.Account;
import dev.seamless.notification.directory.Recipients;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Notices to our own people about work that reached them (DESIGN §4): the SA assigned to a triage request (and the
 * SA it was taken from), the assignee of a handoff task when it is created, moved to them or overdue, and the owner
 * of a Slack channel about to expire. Each goes to the person named in the event, resolved through the people
 * directory; each is sent once per business fact, whatever number of events repeat it. Task notices go to the
 * roles DESIGN §4 names (SAs and CSMs) unless configured otherwise; an assignee the directory does not know is
 * noticed anyway, so that the missing entry is recorded as a failed notification.
 */
public final class NoticeRules {

    public static final String SA_ASSIGNED = "sa-assigned";
    public static final String SA_REASSIGNED = "sa-reassigned";
    public static final String TASK_CREATED = "task-created";
    public static final String TASK_ASSIGNED = "task-assigned";
    public static final String TASK_OVERDUE = "task-overdue";
    public static final String CHANNEL_EXPIRING = "slack-channel-expiring";

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
