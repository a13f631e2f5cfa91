package dev.seamless.events.envelope;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.Topics;
import dev.seamless.events.crm.AccountClosed;
import dev.seamless.events.crm.AccountTeamChanged;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.crm.TriageRequestSubmitted;
import dev.seamless.events.directory.PersonAvailabilityChanged;
import dev.seamless.events.directory.PersonUpdated;
import dev.seamless.events.handoff.HandoffCancelled;
import dev.seamless.events.handoff.HandoffCompleted;
import dev.seamless.events.handoff.HandoffStarted;
import dev.seamless.events.handoff.PostSalesPathDecided;
import dev.seamless.events.handoff.TaskAssigned;
import dev.seamless.events.handoff.TaskCompleted;
import dev.seamless.events.handoff.TaskCreated;
import dev.seamless.events.handoff.TaskDueSoon;
import dev.seamless.events.handoff.TaskOverdue;
import dev.seamless.events.notification.NotificationFailed;
import dev.seamless.events.notification.NotificationSent;
import dev.seamless.events.slack.SlackApprovalDueSoon;
import dev.seamless.events.slack.SlackApprovalOverdue;
import dev.seamless.events.slack.SlackChannelApproved;
import dev.seamless.events.slack.SlackChannelArchived;
import dev.seamless.events.slack.SlackChannelCreated;
import dev.seamless.events.slack.SlackChannelExpiring;
import dev.seamless.events.slack.SlackChannelRejected;
import dev.seamless.events.slack.SlackChannelRequested;
import dev.seamless.events.support.CustomerInquiryReceived;
import dev.seamless.events.triage.AccountSaTransferred;
import dev.seamless.events.triage.ActionItemRaised;
import dev.seamless.events.triage.EngagementCompleted;
import dev.seamless.events.triage.SAAssigned;
import dev.seamless.events.triage.StageExitDue;
import dev.seamless.events.triage.TriageLabelsChanged;
import dev.seamless.events.triage.TriageRequestDeclined;
import dev.seamless.events.triage.TriageRequestQualified;
import dev.seamless.events.triage.TriageResponseDueSoon;
import dev.seamless.events.triage.TriageResponseOverdue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every event type of the contract: its CloudEvents {@code type} (the record's simple name), its data record and the
 * one topic it travels on.
 */
public final class EventCatalog {

    /** One catalogued event type. */
    public record Entry(String type, Class<? extends SeamlessEvent> dataClass, String topic) {
    }

    private static final Map<String, Entry> BY_TYPE = new LinkedHashMap<>();

    static {
        register(Topics.CRM_ACCOUNTS, AccountUpdated.class, AccountTeamChanged.class, AccountClosed.class);
        register(Topics.CRM_OPPORTUNITIES, OpportunityStageChanged.class);
        register(Topics.CRM_TRIAGE_REQUESTS, TriageRequestSubmitted.class);
        register(Topics.DIRECTORY_PEOPLE, PersonUpdated.class, PersonAvailabilityChanged.class);
        register(Topics.SUPPORT_INQUIRIES, CustomerInquiryReceived.class);
        register(Topics.TRIAGE_EVENTS, TriageRequestQualified.class, TriageRequestDeclined.class,
                TriageLabelsChanged.class, SAAssigned.class, EngagementCompleted.class, AccountSaTransferred.class,
                ActionItemRaised.class, StageExitDue.class, TriageResponseDueSoon.class,
                TriageResponseOverdue.class);
        register(Topics.HANDOFF_EVENTS, HandoffStarted.class, TaskCreated.class, TaskAssigned.class,
                TaskCompleted.class, TaskDueSoon.class, TaskOverdue.class, HandoffCompleted.class, HandoffCancelled.class,
                PostSalesPathDecided.class);
        register(Topics.SLACK_EVENTS, SlackChannelRequested.class, SlackChannelApproved.class,
                SlackChannelRejected.class, SlackChannelCreated.class, SlackChannelExpiring.class,
                SlackChannelArchived.class, SlackApprovalDueSoon.class, SlackApprovalOverdue.class);
        register(Topics.NOTIFICATION_EVENTS, NotificationSent.class, NotificationFailed.class);
    }

    @SafeVarargs
    private static void register(String topic, Class<? extends SeamlessEvent>... types) {
        for (Class<? extends SeamlessEvent> type : types) {
            BY_TYPE.put(type.getSimpleName(), new Entry(type.getSimpleName(), type, topic));
        }
    }

    private EventCatalog() {
    }

    public static Optional<Entry> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static Collection<Entry> all() {
        return Collections.unmodifiableCollection(BY_TYPE.values());
    }

    public static String typeOf(SeamlessEvent data) {
        String type = data.getClass().getSimpleName();
        if (!BY_TYPE.containsKey(type)) {
            throw new IllegalArgumentException(data.getClass() + " is not an event of the contract");
        }
        return type;
    }

    public static String topicOf(String type) {
        return byType(type).map(Entry::topic)
                .orElseThrow(() -> new IllegalArgumentException("unknown event type '" + type + "'"));
    }
}
