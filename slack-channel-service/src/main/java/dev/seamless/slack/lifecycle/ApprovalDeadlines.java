package dev.seamless.slack.lifecycle;

import dev.seamless.slack.approval.ApprovalTarget;
import dev.seamless.slack.channel.ChannelEvents;
import dev.seamless.slack.channel.ChannelStatus;
import dev.seamless.slack.channel.SlackChannel;
import dev.seamless.slack.lifecycle.ChannelLifecycle.ChannelId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The clock on requests waiting for their approver (with one or still without): a reminder before the target
 * ({@code SlackApprovalDueSoon}) and the breach ({@code SlackApprovalOverdue}), each published once per clock (the
 * clock restarts when the CRM names a new approver, see {@code ChannelRequests#approversMayHaveChanged}). A request
 * found already past its target unreminded gets the breach only: a reminder after the fact helps nobody.
 */
@ApplicationScoped
public class ApprovalDeadlines {

    private static final Logger LOG = Logger.getLogger(ApprovalDeadlines.class);

    @Inject
    ApprovalTarget target;

    @Inject
    ChannelEvents events;

    @Inject
    Clock clock;

    /**
     * Publishes every reminder and breach that has come, each channel in its own transaction.
     *
     * @return how many channels changed
     */
    public int applyDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> SlackChannel.<SlackChannel>find(
                "status in ?1 and approvalBreachedAt is null and ((approvalRemindedAt is null and approvalDueAt <= ?2)"
                        + " or approvalDueAt <= ?3) order by approvalDueAt",
                ChannelStatus.PENDING, now.plus(target.reminderBefore()), now)
                .project(ChannelId.class).list().stream().map(ChannelId::id).toList());
        int changed = 0;
        for (UUID id : due) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> apply(id, now))) {
                    changed++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not apply the approval clock of Slack channel %s; next run tries again", id);
            }
        }
        return changed;
    }

    private boolean apply(UUID id, OffsetDateTime now) {
        SlackChannel channel = SlackChannel.lockById(id).orElseThrow();
        if (!ChannelStatus.PENDING.contains(channel.status) || channel.approvalDueAt == null) {
            return false;
        }
        switch (target.due(channel.approvalDueAt, channel.approvalRemindedAt != null,
                channel.approvalBreachedAt != null, now)) {
            case REMINDER -> {
                channel.approvalRemindedAt = now;
                events.approvalDueSoon(channel);
            }
            case BREACH -> {
                channel.approvalBreachedAt = now;
                events.approvalOverdue(channel);
            }
            case NOTHING -> {
                return false;
            }
        }
        return true;
    }
}
