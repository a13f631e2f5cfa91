package dev.seamless.slack.channel;

import dev.seamless.events.types.ChannelKind;
import dev.seamless.events.types.Reason;
import dev.seamless.slack.api.ConflictException;
import dev.seamless.slack.api.ForbiddenActionException;
import dev.seamless.slack.api.InvalidRequestException;
import dev.seamless.slack.approval.ApprovalOutcome;
import dev.seamless.slack.approval.ApprovalPolicy;
import dev.seamless.slack.approval.ApprovalSubject;
import dev.seamless.slack.approval.ApprovalTarget;
import dev.seamless.slack.approval.Caller;
import dev.seamless.slack.crm.Account;
import dev.seamless.slack.crm.AccountFacts;
import dev.seamless.slack.crm.Opportunity;
import dev.seamless.slack.directory.Person;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Channel requests and the decisions people take on them: request, approve, reject; and who the approver is as the
 * CRM names them.
 */
@ApplicationScoped
public class ChannelRequests {

    @Inject
    CustomerChannelRule customerRule;

    @Inject
    EphemeralChannelRule ephemeralRule;

    @Inject
    ApprovalPolicy approvals;

    @Inject
    ApprovalTarget approvalTarget;

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
        if (eligibility.eligible()) {
            channel.approvalDueAt = approvalTarget.dueAt(now);
            if (channel.approverId == null) {
                waitForApprover(channel);
            }
        }
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
     * Gives the approval of the caller, or of the person the caller acts for. The channel is approved, and its
     * creation in Slack scheduled, once every approval it needs is given; an offered conversion becomes a customer
     * channel.
     *
     * @param onBehalfOf the person whose approval the caller gives, or null for the caller's own
     */
    @Transactional
    public SlackChannel approve(UUID id, Caller caller, String onBehalfOf) {
        Decider decider = decider(caller, onBehalfOf);
        SlackChannel channel = lock(id);
        refuseUndecidable(channel, "approved");
        ApprovalOutcome.Slot slot = granted(approvals.approve(subjectOf(channel), decider.principal(),
                decider.proxy()));
        String approver = decider.principal().personId();
        String proxy = decider.proxyId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (channel.status == ChannelStatus.CONVERSION_OFFERED) {
            lifecycle.convert(channel, approver, proxy);
            return channel;
        }
        if (slot == ApprovalOutcome.Slot.MAIN) {
            channel.approvedBy = approver;
            channel.approvedByProxy = proxy;
            channel.approvedAt = now;
        } else {
            channel.exceptionApprovedBy = approver;
            channel.exceptionApprovedByProxy = proxy;
            channel.exceptionApprovedAt = now;
        }
        if (subjectOf(channel).complete()) {
            channel.status = ChannelStatus.APPROVED;
            channel.channelName = names.name(channel.kind, accountName(channel.accountId), channel.id);
            channel.scheduleSlackWork(now);
            events.approved(channel, approver);
        }
        return channel;
    }

    /**
     * Rejects a request, or declines an offered conversion (the ephemeral channel is then archived), for the caller
     * or for the person the caller acts for.
     */
    @Transactional
    public SlackChannel reject(UUID id, String reason, Caller caller, String onBehalfOf) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException(Map.of("reason", "is required: say why the channel is rejected"));
        }
        if (reason.trim().length() > NewChannelRequest.MAX_PURPOSE_LENGTH) {
            throw new InvalidRequestException(Map.of("reason", "must have at most "
                    + NewChannelRequest.MAX_PURPOSE_LENGTH + " characters"));
        }
        Decider decider = decider(caller, onBehalfOf);
        SlackChannel channel = lock(id);
        refuseUndecidable(channel, "rejected");
        granted(approvals.reject(subjectOf(channel), decider.principal(), decider.proxy()));
        String why = reason.trim();
        String rejecter = decider.principal().personId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        channel.rejectedBy = rejecter;
        channel.rejectedByProxy = decider.proxyId();
        channel.rejectionReason = why;
        channel.rejectedAt = now;
        if (channel.status == ChannelStatus.CONVERSION_OFFERED) {
            events.rejected(channel, ChannelKind.CUSTOMER, rejecter, why);
            lifecycle.retire(channel, "conversion to a customer channel declined by " + rejecter + ": " + why);
        } else {
            channel.status = ChannelStatus.REJECTED;
            events.rejected(channel, channel.kind, rejecter, why);
        }
        return channel;
    }

    /**
     * The CRM may have named, changed or removed the CSM or an SA of the account or of one of its opportunities:
     * every request of the account not decided yet gets the approver the projections name now. A request that
     * gets one is REQUESTED and announced again ({@code SlackChannelRequested} with the approver), one that loses
     * it waits again. A new approver gets the whole approval target from now, with a reminder and a breach of their
     * own: the reminder and breach published before went to nobody or to the previous approver.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void approversMayHaveChanged(String accountId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (SlackChannel channel : SlackChannel.lockPendingOfAccount(accountId)) {
            String approver = first(currentApprovers(channel));
            if (Objects.equals(approver, channel.approverId)) {
                continue;
            }
            channel.approverId = approver;
            if (approver == null) {
                waitForApprover(channel);
                continue;
            }
            channel.status = ChannelStatus.REQUESTED;
            channel.awaitingApproverReason = null;
            channel.approvalDueAt = approvalTarget.dueAt(now);
            channel.approvalRemindedAt = null;
            channel.approvalBreachedAt = null;
            List<Reason> reasons = storedReasons(channel).stream().map(reason -> reason.rule().equals(
                    approverRule(channel.kind)) ? new Reason(reason.rule(), approverNamed(channel)) : reason)
                    .toList();
            events.requested(channel, channel.kind, channel.requestedBy, channel.purpose, true, reasons);
        }
    }

    /** Who decides: the caller in person, or the person the caller acts for, judged by their directory role. */
    private record Decider(Caller principal, Caller proxy) {

        String proxyId() {
            return proxy == null ? null : proxy.personId();
        }
    }

    private static Decider decider(Caller caller, String onBehalfOf) {
        if (onBehalfOf == null || onBehalfOf.isBlank() || onBehalfOf.trim().equals(caller.personId())) {
            return new Decider(caller, null);
        }
        String principalId = onBehalfOf.trim();
        if (principalId.length() > NewChannelRequest.MAX_ID_LENGTH) {
            throw new InvalidRequestException(Map.of("onBehalfOf", "must be at most "
                    + NewChannelRequest.MAX_ID_LENGTH + " characters"));
        }
        Set<String> roles = Person.<Person>findByIdOptional(principalId).filter(person -> person.role != null)
                .map(person -> Set.of(person.role.name())).orElse(Set.of());
        return new Decider(new Caller(principalId, roles), caller);
    }

    private static void refuseUndecidable(SlackChannel channel, String decision) {
        if (channel.status == ChannelStatus.AWAITING_APPROVER) {
            throw new ConflictException("Channel " + channel.id + " is AWAITING_APPROVER and cannot be " + decision
                    + " yet: " + channel.awaitingApproverReason);
        }
        if (channel.status != ChannelStatus.REQUESTED && channel.status != ChannelStatus.CONVERSION_OFFERED) {
            throw new ConflictException("Channel " + channel.id + " is " + channel.status + ": only a REQUESTED"
                    + " channel or an offered conversion can be " + decision + ".");
        }
    }

    private static void waitForApprover(SlackChannel channel) {
        channel.status = ChannelStatus.AWAITING_APPROVER;
        channel.awaitingApproverReason = channel.kind == ChannelKind.CUSTOMER
                ? "Account " + channel.accountId + " has no CSM yet: the request waits until the CRM names one"
                        + " (AccountUpdated or AccountTeamChanged), who approves."
                : "Neither opportunity " + channel.opportunityId + " nor account " + channel.accountId
                        + " has an SA yet: the request waits until the CRM names one, who approves.";
    }

    private static String approverRule(ChannelKind kind) {
        return kind == ChannelKind.CUSTOMER ? "channel.customer.approver" : "channel.ephemeral.approver";
    }

    private static String approverNamed(SlackChannel channel) {
        return (channel.kind == ChannelKind.CUSTOMER ? "The CRM named the account's CSM " : "The CRM named the SA ")
                + channel.approverId + ", who approves.";
    }

    private static List<Reason> storedReasons(SlackChannel channel) {
        List<Reason> reasons = new ArrayList<>();
        JsonText.read(channel.decisionReasons).forEach(check -> reasons.add(
                new Reason(check.path("rule").asText(), check.path("message").asText())));
        return reasons;
    }

    private static String first(Set<String> personIds) {
        return personIds.stream().findFirst().orElse(null);
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
        if (channel.status == ChannelStatus.CONVERSION_OFFERED) {
            return ApprovalSubject.undecided(true, currentApprovers(channel), false);
        }
        return new ApprovalSubject(channel.kind == ChannelKind.CUSTOMER, currentApprovers(channel),
                channel.exceptionApprovalRequired, channel.approvedBy, channel.approvedByProxy,
                channel.exceptionApprovedBy, channel.exceptionApprovedByProxy);
    }

    /**
     * The approvers the seed requires, as the projections say now: the account's CSM for a customer channel (or a
     * conversion to one), else the SA of the opportunity, then the account's SA.
     */
    private static Set<String> currentApprovers(SlackChannel channel) {
        AccountFacts account = Account.factsOf(channel.accountId);
        if (channel.kind == ChannelKind.CUSTOMER || channel.status == ChannelStatus.CONVERSION_OFFERED) {
            return present(account.csmId());
        }
        String opportunitySa = channel.opportunityId == null ? null
                : Opportunity.<Opportunity>findByIdOptional(channel.opportunityId).map(o -> o.saId).orElse(null);
        return present(opportunitySa, account.saId());
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
