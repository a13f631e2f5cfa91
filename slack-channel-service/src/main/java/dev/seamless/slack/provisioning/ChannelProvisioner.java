package dev.seamless.slack.provisioning;

import dev.seamless.events.types.ChannelKind;
import dev.seamless.slack.channel.ChannelEvents;
import dev.seamless.slack.channel.ChannelStatus;
import dev.seamless.slack.channel.JsonText;
import dev.seamless.slack.channel.SlackChannel;
import dev.seamless.slack.lifecycle.ExpiryPolicy;
import dev.seamless.slack.policy.SlackPolicy;
import dev.seamless.slack.slackapi.Backoff;
import dev.seamless.slack.slackapi.SlackAdapter;
import dev.seamless.slack.slackapi.SlackCallFailed;
import dev.seamless.slack.slackapi.SlackConversation;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Does the Slack work of channels: creates approved channels (and invites their people), archives channels being
 * archived. Each channel is worked on in its own transaction that holds the channel's row lock, so two instances
 * never work on the same channel and no other transition slips in between the Slack call and its record. A failed
 * call leaves the channel's status as it was (APPROVED or ARCHIVING), counts the attempt, keeps the error and sets
 * the next attempt with back-off; a created channel whose invitations failed keeps its Slack id, so the retry only
 * invites.
 */
@ApplicationScoped
public class ChannelProvisioner {

    private static final Logger LOG = Logger.getLogger(ChannelProvisioner.class);

    @Inject
    SlackAdapter slack;

    @Inject
    Invitations invitations;

    @Inject
    ExpiryPolicy expiry;

    @Inject
    ChannelEvents events;

    @Inject
    SlackPolicy policy;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    /**
     * Works on the channels whose Slack work is due, up to the configured batch size.
     *
     * @return how many channels were worked on, successfully or not
     */
    public int provisionDue() {
        SlackPolicy.Provisioning settings = policy.provisioning();
        int worked = 0;
        while (worked < settings.batchSize()) {
            Optional<UUID> next;
            try {
                next = QuarkusTransaction.requiringNew()
                        .timeout((int) settings.transactionTimeout().toSeconds())
                        .call(this::workOnNextDue);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Slack provisioning stopped; the next run continues");
                break;
            }
            if (next.isEmpty()) {
                break;
            }
            worked++;
        }
        return worked;
    }

    private Optional<UUID> workOnNextDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        @SuppressWarnings("unchecked")
        List<String> ids = entityManager.createNativeQuery("""
                select cast(id as varchar) from slack_channel
                where status in ('APPROVED', 'ARCHIVING') and next_attempt_at <= ?1
                order by next_attempt_at
                limit 1
                for update skip locked""")
                .setParameter(1, now)
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        SlackChannel channel = entityManager.find(SlackChannel.class, UUID.fromString(ids.get(0)));
        try {
            if (channel.status == ChannelStatus.APPROVED) {
                create(channel, now);
            } else {
                archive(channel, now);
            }
            count(channel, "succeeded");
        } catch (SlackCallFailed failure) {
            recordFailure(channel, failure, now);
            count(channel, "failed");
        }
        return Optional.of(channel.id);
    }

    private void create(SlackChannel channel, OffsetDateTime now) {
        if (channel.slackChannelId == null) {
            SlackConversation conversation = slack.createChannel(channel.channelName,
                    policy.adapter().privateChannels());
            channel.slackChannelId = conversation.id();
            channel.channelName = conversation.name();
        }
        List<Invitee> invitees = invitations.of(channel);
        slack.invite(channel.slackChannelId, invitees.stream().filter(Invitee::invitable)
                .map(Invitee::slackUserId).distinct().toList());
        channel.invitees = JsonText.write(invitees);
        channel.status = ChannelStatus.ACTIVE;
        channel.createdAt = now;
        if (channel.kind == ChannelKind.EPHEMERAL) {
            channel.expiresAt = expiry.expiresAt(now);
        }
        channel.slackWorkDone();
        events.created(channel);
        LOG.infof("Slack channel #%s (%s) created for %s channel %s", channel.channelName, channel.slackChannelId,
                channel.kind, channel.id);
    }

    private void archive(SlackChannel channel, OffsetDateTime now) {
        if (channel.slackChannelId != null) {
            slack.archive(channel.slackChannelId);
        }
        channel.status = ChannelStatus.ARCHIVED;
        channel.archivedAt = now;
        channel.slackWorkDone();
        events.archived(channel);
        LOG.infof("Slack channel #%s (%s) archived: %s", channel.channelName, channel.slackChannelId,
                channel.archiveReason);
    }

    private void recordFailure(SlackChannel channel, SlackCallFailed failure, OffsetDateTime now) {
        SlackPolicy.Provisioning settings = policy.provisioning();
        channel.provisioningAttempts++;
        channel.lastError = failure.getMessage();
        Duration delay = new Backoff(settings.initialRetryDelay(), settings.maxRetryDelay())
                .delayAfter(channel.provisioningAttempts);
        Duration retryAfter = failure.retryAfter().orElse(Duration.ZERO);
        channel.nextAttemptAt = now.plus(retryAfter.compareTo(delay) > 0 ? retryAfter : delay);
        LOG.warnf("Slack work for channel %s (%s) failed, attempt %d, next at %s: %s", channel.id, channel.status,
                channel.provisioningAttempts, channel.nextAttemptAt, failure.getMessage());
    }

    private void count(SlackChannel channel, String outcome) {
        registry.counter("seamless.slack.provisioning", "work",
                channel.status == ChannelStatus.ARCHIVED || channel.status == ChannelStatus.ARCHIVING ? "archive"
                        : "create", "outcome", outcome).increment();
    }
}
