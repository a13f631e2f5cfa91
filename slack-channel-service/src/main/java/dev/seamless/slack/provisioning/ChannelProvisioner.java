package dev.seamless.slack.provisioning;

import dev.seamless.events.types.ChannelKind;
import dev.seamless.messaging.Failures;
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
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Does the Slack work of channels: creates approved channels (and invites their people), archives channels being
 * archived. No transaction is open while Slack answers, so a slow or failing Slack holds no lock anybody waits for:
 * <ol>
 * <li>a short transaction claims the next due channel for a while ({@code claimed_until}) and, before a creation,
 * marks that it started ({@code creation_started_at}), so a channel ended from then on is archived in Slack even if
 * the creation's answer is lost;</li>
 * <li>the Slack calls, with no transaction;</li>
 * <li>short transactions record the outcome if the claim is still this worker's: a created channel's Slack id at
 * once, then the channel ACTIVE (or, if it was ended meanwhile, left to the archive step), or ARCHIVED.</li>
 * </ol>
 * Any failure of one channel, Slack's or not, is recorded on that channel (attempt counted, error kept, next attempt
 * set with back-off) and the next channel is worked on. Slack calls are idempotent (a name already taken by the
 * bot's own channel adopts it, archiving an archived channel is done), so work taken over after a claim ran out is
 * done once in effect.
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
        int worked = 0;
        while (worked < policy.provisioning().batchSize()) {
            Optional<SlackWork> next;
            try {
                next = QuarkusTransaction.requiringNew().call(this::claimNextDue);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not claim Slack work; the next run tries again");
                break;
            }
            if (next.isEmpty()) {
                break;
            }
            workOn(next.get());
            worked++;
        }
        return worked;
    }

    private Optional<SlackWork> claimNextDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        @SuppressWarnings("unchecked")
        List<String> ids = entityManager.createNativeQuery("""
                select cast(id as varchar) from slack_channel
                where status in ('APPROVED', 'ARCHIVING') and next_attempt_at <= ?1
                  and (claimed_until is null or claimed_until <= ?1)
                order by next_attempt_at
                limit 1
                for update skip locked""")
                .setParameter(1, now)
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        SlackChannel channel = entityManager.find(SlackChannel.class, UUID.fromString(ids.get(0)));
        channel.claimToken = UUID.randomUUID();
        channel.claimedUntil = now.plus(policy.provisioning().claimDuration());
        boolean creation = channel.status == ChannelStatus.APPROVED;
        if (creation && channel.creationStartedAt == null) {
            channel.creationStartedAt = now;
        }
        return Optional.of(new SlackWork(channel.id, channel.claimToken, channel.status, channel.channelName,
                channel.slackChannelId, channel.mayExistInSlack(), creation ? invitations.of(channel) : List.of()));
    }

    private void workOn(SlackWork work) {
        try {
            if (work.creation()) {
                create(work);
            } else {
                archive(work);
            }
            count(work, "succeeded");
        } catch (RuntimeException failure) {
            count(work, "failed");
            try {
                record(work, channel -> failed(channel, work, failure));
            } catch (RuntimeException unrecorded) {
                LOG.errorf(unrecorded, "Could not record the failure of the Slack work (%s) of channel %s: %s; it is"
                        + " taken up again when its claim runs out", work.kind(), work.channelId(),
                        Failures.describe(failure));
            }
        }
    }

    private void create(SlackWork work) {
        String slackChannelId = work.slackChannelId();
        if (slackChannelId == null) {
            SlackConversation conversation = slack.createChannel(work.channelName(),
                    policy.adapter().privateChannels());
            recordSlackChannel(work, conversation);
            slackChannelId = conversation.id();
        }
        slack.invite(slackChannelId, work.invitees().stream().filter(Invitee::invitable)
                .map(Invitee::slackUserId).distinct().toList());
        record(work, channel -> created(channel, work));
    }

    private void archive(SlackWork work) {
        Optional<SlackConversation> inSlack = work.slackChannelId() != null
                ? Optional.of(new SlackConversation(work.slackChannelId(), work.channelName()))
                : work.mayExistInSlack() ? slack.findChannel(work.channelName()) : Optional.empty();
        inSlack.ifPresent(conversation -> slack.archive(conversation.id()));
        record(work, channel -> archived(channel, inSlack));
    }

    /** Slack's id of a channel is recorded as soon as it is known, claim or not: it is a fact about Slack. */
    private void recordSlackChannel(SlackWork work, SlackConversation conversation) {
        QuarkusTransaction.requiringNew().run(() -> SlackChannel.lockById(work.channelId())
                .filter(channel -> channel.slackChannelId == null).ifPresent(channel -> {
                    channel.slackChannelId = conversation.id();
                    channel.channelName = conversation.name();
                }));
    }

    /**
     * Records an outcome in a short transaction if the claim is still this worker's, and releases it; otherwise
     * another worker took the work over after the claim ran out, and its outcome counts.
     */
    private void record(SlackWork work, Consumer<SlackChannel> outcome) {
        QuarkusTransaction.requiringNew().run(() -> {
            SlackChannel channel = SlackChannel.lockById(work.channelId()).orElseThrow();
            if (!channel.claimedBy(work.claimToken())) {
                LOG.warnf("The claim on the Slack work (%s) of channel %s ran out before its outcome was recorded;"
                        + " the worker that took it over records it", work.kind(), work.channelId());
                return;
            }
            channel.releaseClaim();
            outcome.accept(channel);
        });
    }

    private void created(SlackChannel channel, SlackWork work) {
        if (channel.status != ChannelStatus.APPROVED) {
            LOG.infof("Slack channel #%s (%s) was created, but channel %s ended meanwhile (%s); it is archived",
                    channel.channelName, channel.slackChannelId, channel.id, channel.status);
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        channel.invitees = JsonText.write(work.invitees());
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

    /** @param inSlack the channel archived in Slack; none when it was never created there */
    private void archived(SlackChannel channel, Optional<SlackConversation> inSlack) {
        if (channel.status != ChannelStatus.ARCHIVING) {
            return;
        }
        if (channel.slackChannelId == null) {
            channel.slackChannelId = inSlack.map(SlackConversation::id).orElse(null);
        }
        channel.status = ChannelStatus.ARCHIVED;
        channel.archivedAt = OffsetDateTime.now(clock);
        channel.slackWorkDone();
        events.archived(channel);
        LOG.infof("Slack channel #%s (%s) archived: %s", channel.channelName, channel.slackChannelId,
                channel.archiveReason);
    }

    /**
     * A failed attempt of the channel's current work: counted, its error kept, the next attempt set with back-off
     * (or after Slack's rate-limit wait). Work for a status the channel has left meanwhile is not counted: the new
     * status's work is due already.
     */
    private void failed(SlackChannel channel, SlackWork work, RuntimeException failure) {
        if (channel.status != work.status()) {
            return;
        }
        SlackPolicy.Provisioning settings = policy.provisioning();
        channel.provisioningAttempts++;
        channel.lastError = failure instanceof SlackCallFailed ? failure.getMessage() : Failures.describe(failure);
        Duration delay = new Backoff(settings.initialRetryDelay(), settings.maxRetryDelay())
                .delayAfter(channel.provisioningAttempts);
        Duration retryAfter = failure instanceof SlackCallFailed slackFailure
                ? slackFailure.retryAfter().orElse(Duration.ZERO)
                : Duration.ZERO;
        channel.nextAttemptAt = OffsetDateTime.now(clock).plus(retryAfter.compareTo(delay) > 0 ? retryAfter : delay);
        String message = "Slack work (" + work.kind() + ") for channel " + channel.id + " failed, attempt "
                + channel.provisioningAttempts + ", next at " + channel.nextAttemptAt + ": " + channel.lastError;
        if (failure instanceof SlackCallFailed) {
            LOG.warn(message);
        } else {
            LOG.warn(message, failure);
        }
    }

    private void count(SlackWork work, String outcome) {
        registry.counter("seamless.slack.provisioning", "work", work.kind(), "outcome", outcome).increment();
    }
}
