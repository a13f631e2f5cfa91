package dev.seamless.slack.channel;

import dev.seamless.events.types.ChannelKind;
import dev.seamless.slack.api.ConflictException;
import dev.seamless.slack.api.ForbiddenActionException;
import dev.seamless.slack.api.InvalidRequestException;
import dev.seamless.slack.approval.ApprovalOutcome;
import dev.seamless.slack.approval.ApprovalPolicy;
import dev.seamless.slack.approval.ApprovalSubject;
import dev.seamless.slack.approval.Caller;
import dev.seamless.slack.crm.Account;
import dev.seamless.slack.crm.AccountFacts;
import dev.seamless.slack.crm.Opportunity;
import dev.seamless.slack.eligibility.CustomerChannelRule;
import dev.seamless.slack.eligibility.Eligibility;
import dev.seamless.slack.eligibility.EphemeralChannelRule;
import dev.seamless.slack.lifecycle.ChannelLifecycle;
import dev.seamless.slack.provisioning.ChannelNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.exception.ConstraintViolationException;

/** Channel requests and the decisions people take on them: request, approve, reject. */
@ApplicationScoped
public class ChannelRequests {

    @Inject
    CustomerChannelRule customerRule;

    @Inject
    EphemeralChannelRule ephemeralRule;

    @Inject
    ApprovalPolicy approvals;

    @Inject
    ChannelNames names;

    @Inject
    ChannelLifecycle lifecycle;

    @Inject
    ChannelEvents events;

    @Inject
    Clock clock;

    /**
     * Records a request with its eligibility decision. An ineligible request is stored as REJECTED by the rules, so
     * the requester sees why; a second open request for the same account (customer) or opportunity (ephemeral) is a
     * conflict.
     */
    @Transactional
    public SlackChannel request(NewChannelRequest body, String requesterId) {
        NewChannelRequest.Valid request = body.validate(customerRule.exceptions());
        SlackChannel.lockAccount(request.accountId());
        refuseSecondOpenChannel(request);
        AccountFacts account = Account.factsOf(request.accountId());
        Eligibility eligibility = request.kind() == ChannelKind.CUSTOMER
                ? customerRule.decide(account, request.exception())
                : ephemeralRule.decide(account, request.opportunityId(),
                        Opportunity.<Opportunity>findByIdOptional(request.opportunityId()).map(Opportunity::facts));
        OffsetDateTime now = OffsetDateTime.now(clock);
        SlackChannel channel = new SlackChannel();
        channel.id = UUID.randomUUID();
        channel.accountId = request.accountId();
        channel.kind = request.kind();
        channel.requestedBy = requesterId;
        channel.opportunityId = request.opportunityId();
        channel.purpose = request.purpose();
        channel.exceptionType = request.exception();
        channel.exceptionApprovalRequired = eligibility.exceptionApprovalRequired();
        channel.eligible = eligibility.eligible();
        channel.decisionReasons = JsonText.write(eligibility.checks());
        channel.decisionInputs = JsonText.write(eligibility.inputs());
        channel.approverId = eligibility.approverId();
        channel.requestedAt = now;
        channel.status = eligibility.eligible() ? ChannelStatus.REQUESTED : ChannelStatus.REJECTED;
        if (!eligibility.eligible()) {
            channel.rejectedBy = ChannelEvents.SYSTEM;
            channel.rejectionReason = eligibility.failures();
            channel.rejectedAt = now;
        }
        persistUnlessRaced(channel, request);
        events.requested(channel, channel.kind, requesterId, channel.purpose, eligibility.eligible(),
                eligibility.reasons());
        if (!eligibility.eligible()) {
            events.rejected(channel, channel.kind, ChannelEvents.SYSTEM, channel.rejectionReason);
        }
        return channel;
    }

    /**
     * Gives the caller's approval. The channel is approved, and its creation in Slack scheduled, once every approval
     * it needs is given; an offered conversion becomes a customer channel.
     */
    @Transactional
    public SlackChannel approve(UUID id, Caller caller) {
        SlackChannel channel = lock(id);
        if (channel.status != ChannelStatus.REQUESTED && channel.status != ChannelStatus.CONVERSION_OFFERED) {
            throw new ConflictException("Channel " + id + " is " + channel.status
                    + ": only a REQUESTED channel or an offered conversion can be approved.");
        }
        ApprovalOutcome outcome = approvals.approve(subjectOf(channel), caller);
        ApprovalOutcome.Slot slot = granted(outcome);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (channel.status == ChannelStatus.CONVERSION_OFFERED) {
            lifecycle.convert(channel, caller.personId());
            return channel;
        }
        if (slot == ApprovalOutcome.Slot.MAIN) {
            channel.approvedBy = caller.personId();
            channel.approvedAt = now;
        } else {
            channel.exceptionApprovedBy = caller.personId();
            channel.exceptionApprovedAt = now;
        }
        if (subjectOf(channel).complete()) {
            channel.status = ChannelStatus.APPROVED;
            channel.channelName = names.name(channel.kind, accountName(channel.accountId), channel.id);
            channel.scheduleSlackWork(now);
            events.approved(channel, caller.personId());
        }
        return channel;
    }

    /** Rejects a request, or declines an offered conversion (the ephemeral channel is then archived). */
    @Transactional
    public SlackChannel reject(UUID id, String reason, Caller caller) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException(Map.of("reason", "is required: say why the channel is rejected"));
        }
        if (reason.trim().length() > NewChannelRequest.MAX_PURPOSE_LENGTH) {
            throw new InvalidRequestException(Map.of("reason", "must have at most "
                    + NewChannelRequest.MAX_PURPOSE_LENGTH + " characters"));
        }
        SlackChannel channel = lock(id);
        if (channel.status != ChannelStatus.REQUESTED && channel.status != ChannelStatus.CONVERSION_OFFERED) {
            throw new ConflictException("Channel " + id + " is " + channel.status
                    + ": only a REQUESTED channel or an offered conversion can be rejected.");
        }
        granted(approvals.reject(subjectOf(channel), caller));
        String why = reason.trim();
        OffsetDateTime now = OffsetDateTime.now(clock);
        channel.rejectedBy = caller.personId();
        channel.rejectionReason = why;
        channel.rejectedAt = now;
        if (channel.status == ChannelStatus.CONVERSION_OFFERED) {
            events.rejected(channel, ChannelKind.CUSTOMER, caller.personId(), why);
            lifecycle.retire(channel, "conversion to a customer channel declined by " + caller.personId() + ": "
                    + why);
        } else {
            channel.status = ChannelStatus.REJECTED;
            events.rejected(channel, channel.kind, caller.personId(), why);
        }
        return channel;
    }

    private static SlackChannel lock(UUID id) {
        return SlackChannel.lockById(id).orElseThrow(() -> new NotFoundException("no Slack channel " + id));
    }

    private static ApprovalOutcome.Slot granted(ApprovalOutcome outcome) {
        if (outcome instanceof ApprovalOutcome.Refused refused) {
            throw new ForbiddenActionException(refused.reason());
        }
        if (outcome instanceof ApprovalOutcome.AlreadyGiven given) {
            throw new ConflictException(given.reason());
        }
        return ((ApprovalOutcome.Grants) outcome).slot();
    }

    /** Who may decide, as of now: the account's current CSM, the current SAs of the opportunity and the account. */
    private static ApprovalSubject subjectOf(SlackChannel channel) {
        AccountFacts account = Account.factsOf(channel.accountId);
        if (channel.status == ChannelStatus.CONVERSION_OFFERED) {
            return new ApprovalSubject(true, present(account.csmId()), false, null, null);
        }
        if (channel.kind == ChannelKind.CUSTOMER) {
            return new ApprovalSubject(true, present(account.csmId()), channel.exceptionApprovalRequired,
                    channel.approvedBy, channel.exceptionApprovedBy);
        }
        String opportunitySa = channel.opportunityId == null ? null
                : Opportunity.<Opportunity>findByIdOptional(channel.opportunityId).map(o -> o.saId).orElse(null);
        return new ApprovalSubject(false, present(opportunitySa, account.saId()), false, channel.approvedBy, null);
    }

    private static Set<String> present(String... personIds) {
        return Stream.of(personIds).filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String accountName(String accountId) {
        return Account.<Account>findByIdOptional(accountId).map(account -> account.name).filter(Objects::nonNull)
                .orElse(accountId);
    }

    private static void refuseSecondOpenChannel(NewChannelRequest.Valid request) {
        (request.kind() == ChannelKind.CUSTOMER
                ? SlackChannel.openCustomerChannel(request.accountId())
                : SlackChannel.openEphemeralChannel(request.opportunityId()))
                .ifPresent(existing -> {
                    throw secondOpenChannel(request, existing.id, existing.status);
                });
    }

    private static ConflictException secondOpenChannel(NewChannelRequest.Valid request, UUID existing,
            ChannelStatus status) {
        return new ConflictException((request.kind() == ChannelKind.CUSTOMER
                ? "Account " + request.accountId() + " already has a customer channel"
                : "Opportunity " + request.opportunityId() + " already has an ephemeral channel")
                + (existing == null ? "." : ": " + existing + " (" + status + ")."));
    }

    /** The unique indexes catch two requests racing past {@link #refuseSecondOpenChannel}. */
    private static void persistUnlessRaced(SlackChannel channel, NewChannelRequest.Valid request) {
        try {
            channel.persistAndFlush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw secondOpenChannel(request, null, null);
            }
            throw e;
        }
    }
}
