package dev.seamless.slack.lifecycle;

import dev.seamless.events.types.ChannelKind;
import dev.seamless.slack.channel.ChannelEvents;
import dev.seamless.slack.channel.ChannelStatus;
import dev.seamless.slack.channel.JsonText;
import dev.seamless.slack.channel.SlackChannel;
import dev.seamless.slack.crm.Account;
import dev.seamless.slack.eligibility.Check;
import dev.seamless.slack.eligibility.CustomerChannelRule;
import dev.seamless.slack.eligibility.Eligibility;
import dev.seamless.slack.policy.SlackPolicy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * How channels end: an ephemeral channel when its opportunity closes or its lifetime is over (whichever comes
 * first), every channel when its account closes. At the end of an ephemeral channel whose account now qualifies for
 * a customer channel, the channel is offered for conversion instead of archived; the CSM accepts or declines, and an
 * offer nobody takes up within the conversion window ends in archiving.
 */
@ApplicationScoped
public class ChannelLifecycle {

    private static final Logger LOG = Logger.getLogger(ChannelLifecycle.class);

    @Inject
    ExpiryPolicy expiry;

    @Inject
    CustomerChannelRule customerRule;

    @Inject
    SlackPolicy policy;

    @Inject
    ChannelEvents events;

    @Inject
    Clock clock;

    /** The opportunity an ephemeral channel serves closed (won or lost): the project is complete. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void opportunityClosed(String opportunityId, String stage) {
        for (SlackChannel channel : SlackChannel.lockOpenOfOpportunity(opportunityId)) {
            endOfLife(channel, "opportunity " + opportunityId + " closed (" + stage + ")");
        }
    }

    /** The account closed: every channel of it ends, whatever its kind. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void accountClosed(String accountId, String reason) {
        for (SlackChannel channel : SlackChannel.lockOpenOfAccount(accountId)) {
            retire(channel, "account closed: " + reason);
        }
    }

    /**
     * Applies every deadline that has come: reminders before expiry, expiry, unanswered conversion offers. Each
     * channel in its own transaction, so one channel's trouble does not hold up the others.
     *
     * @return how many channels changed
     */
    public int applyDeadlines() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> SlackChannel.<SlackChannel>find(
                "(kind = ?1 and ((status = ?2 and expiresAt <= ?3) or (status = ?4 and expiresAt <= ?5)))"
                        + " or (status = ?6 and conversionOfferedAt <= ?7) order by expiresAt",
                ChannelKind.EPHEMERAL, ChannelStatus.ACTIVE, now.plus(expiry.reminderBefore()),
                ChannelStatus.EXPIRING, now, ChannelStatus.CONVERSION_OFFERED,
                now.minus(policy.ephemeral().conversionWindow()))
                .project(ChannelId.class).list().stream().map(ChannelId::id).toList());
        int changed = 0;
        for (UUID id : due) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> applyDeadline(id, now))) {
                    changed++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not apply the deadline of Slack channel %s; next run tries again", id);
            }
        }
        return changed;
    }

    /** Only the id of a channel, for queries that pick which channels to work on. */
    public record ChannelId(UUID id) {
    }

    private boolean applyDeadline(UUID id, OffsetDateTime now) {
        SlackChannel channel = SlackChannel.lockById(id).orElseThrow();
        if (channel.status == ChannelStatus.CONVERSION_OFFERED) {
            Duration window = policy.ephemeral().conversionWindow();
            if (now.isBefore(channel.conversionOfferedAt.plus(window))) {
                return false;
            }
            retire(channel, "conversion to a customer channel not approved within " + Durations.describe(window));
            return true;
        }
        if (channel.kind != ChannelKind.EPHEMERAL || channel.expiresAt == null
                || !(channel.status == ChannelStatus.ACTIVE || channel.status == ChannelStatus.EXPIRING)) {
            return false;
        }
        switch (expiry.due(channel.expiresAt, channel.reminderSentAt != null, now)) {
            case EXPIRY -> endOfLife(channel, "expired " + Durations.describe(expiry.lifetime())
                    + " after its creation");
            case REMINDER -> {
                channel.status = ChannelStatus.EXPIRING;
                channel.reminderSentAt = now;
                events.expiring(channel);
            }
            case NOTHING -> {
                return false;
            }
        }
        return true;
    }

    /** The end of an ephemeral channel: offered for conversion when its account now qualifies, else archived. */
    private void endOfLife(SlackChannel channel, String cause) {
        if (channel.status == ChannelStatus.CONVERSION_OFFERED) {
            return;
        }
        if (ChannelStatus.LIVE.contains(channel.status) && offerConversion(channel, cause)) {
            return;
        }
        retire(channel, cause);
    }

    private boolean offerConversion(SlackChannel channel, String cause) {
        Eligibility eligibility = customerRule.decide(Account.factsOf(channel.accountId), null);
        if (!eligibility.eligible()) {
            return false;
        }
        var existing = SlackChannel.openCustomerChannel(channel.accountId);
        if (existing.isPresent()) {
            LOG.debugf("Channel %s ends (%s) without a conversion offer: the account already has customer channel %s",
                    channel.id, cause, existing.get().id);
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Check> checks = new ArrayList<>(eligibility.checks());
        checks.add(Check.pass("channel.conversion.offered", "The ephemeral channel's end came (" + cause
                + ") and the account now qualifies for a customer channel: the CSM may convert it within "
                + Durations.describe(policy.ephemeral().conversionWindow()) + " instead of archiving it."));
        channel.status = ChannelStatus.CONVERSION_OFFERED;
        channel.conversionOfferedAt = now;
        channel.conversionReasons = JsonText.write(checks);
        channel.approverId = eligibility.approverId();
        events.requested(channel, ChannelKind.CUSTOMER, channel.requestedBy,
                "Conversion of ephemeral channel #" + channel.channelName + " into the account's customer channel",
                true, checks.stream().map(Check::reason).toList());
        return true;
    }

    /**
     * An accepted conversion: the ephemeral channel stays in Slack as the account's customer channel.
     *
     * @param proxy who accepted it on the approver's behalf, or null when the approver did
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void convert(SlackChannel channel, String approvedBy, String proxy) {
        channel.kind = ChannelKind.CUSTOMER;
        channel.status = ChannelStatus.ACTIVE;
        channel.conversionApprovedBy = approvedBy;
        channel.conversionApprovedByProxy = proxy;
        channel.conversionApprovedAt = OffsetDateTime.now(clock);
        channel.expiresAt = null;
        events.approved(channel, approvedBy);
    }

    /**
     * Ends a channel for good: a pending request is rejected by the system, an approved channel whose creation in
     * Slack never started is archived at once, a channel that is (or may be) in Slack is queued for archiving there.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retire(SlackChannel channel, String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        switch (channel.status) {
            case AWAITING_APPROVER, REQUESTED -> {
                channel.status = ChannelStatus.REJECTED;
                channel.rejectedBy = ChannelEvents.SYSTEM;
                channel.rejectionReason = reason;
                channel.rejectedAt = now;
                events.rejected(channel, channel.kind, ChannelEvents.SYSTEM, reason);
            }
            case APPROVED, ACTIVE, EXPIRING, CONVERSION_OFFERED -> {
                channel.archiveReason = reason;
                channel.archiveRequestedAt = now;
                if (channel.mayExistInSlack()) {
                    channel.status = ChannelStatus.ARCHIVING;
                    channel.scheduleSlackWork(now);
                } else {
                    channel.status = ChannelStatus.ARCHIVED;
                    channel.archivedAt = now;
                    channel.slackWorkDone();
                    events.archived(channel);
                }
            }
            case REJECTED, ARCHIVING, ARCHIVED -> {
                // already ended: a repeated trigger changes nothing
            }
        }
    }
}
