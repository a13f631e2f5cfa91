package dev.seamless.triage.account;

import dev.seamless.events.triage.AccountSaTransferred;
import dev.seamless.messaging.outbox.Outbox;
import dev.seamless.triage.assignment.AccountSa;
import dev.seamless.triage.board.RequestStatus;
import dev.seamless.triage.persistence.DecisionLock;
import dev.seamless.triage.request.RequestLabels;
import dev.seamless.triage.request.TriageRequest;
import dev.seamless.triage.request.TriageService;
import dev.seamless.triage.roster.SolutionsArchitect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Changes an account's own SA for good (seed 000: one SA consistently services the customer). Only the CRM and an SA
 * leader transfer an account; a PTO cover or an expertise pick serves one request and leaves the account's SA as it
 * is. A transfer is announced ({@code AccountSaTransferred}: handoff-service starts the SA to SA checklist), and the
 * account's open requests the previous SA is engaged on move to the new SA.
 */
@ApplicationScoped
public class AccountTransfers {

    public static final String CRM_CHANGED = "triage.account-sa.crm-changed";
    public static final String LEADER_DECISION = "triage.account-sa.leader-decision";

    /** The requests an SA is engaged on, which follow the account to its new SA. */
    private static final List<RequestStatus> ENGAGED = List.of(RequestStatus.TRIAGED, RequestStatus.DOING);

    @Inject
    TriageService triage;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    DecisionLock decisionLock;

    /**
     * The CRM named the account's SA. {@code AccountTeamChanged} role SA always names the SA who holds the role now;
     * {@code AccountUpdated} carries the whole account on every save, so only a different SA than the one known is a
     * transfer, and an SA named for an account without one is simply taken as its SA.
     *
     * @param teamChange whether it came as {@code AccountTeamChanged} (else {@code AccountUpdated})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fromCrm(String accountId, String saId, boolean teamChange) {
        decisionLock.acquire();
        Optional<String> known = AccountSa.of(accountId);
        if (known.isEmpty() && !teamChange) {
            AccountSa.record(accountId, saId, AccountSa.CRM, OffsetDateTime.now(clock));
            return;
        }
        String event = teamChange ? "AccountTeamChanged" : "AccountUpdated";
        transfer(accountId, saId, CRM_CHANGED, "the CRM names " + saId + " the account's SA (" + event + ")",
                AccountSa.CRM, null);
    }

    /**
     * An SA leader moves the account to another SA.
     *
     * @return the transfer, or empty when the SA already has the account
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<AccountSaTransfer> byLeader(String accountId, String saId, String reason, String leaderId) {
        return transfer(accountId, saId, LEADER_DECISION, leaderId + " moved the account to " + saId + ": " + reason,
                AccountSa.LEADER, leaderId);
    }

    private Optional<AccountSaTransfer> transfer(String accountId, String saId, String rule, String reason,
            String source, String decidedBy) {
        decisionLock.acquire();
        String previous = AccountSa.of(accountId).orElse(null);
        if (saId.equals(previous)) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        AccountSa.record(accountId, saId, source, now);
        AccountSaTransfer transfer = new AccountSaTransfer();
        transfer.accountId = accountId;
        transfer.previousSaId = previous;
        transfer.saId = saId;
        transfer.rule = rule;
        transfer.reason = reason;
        transfer.source = source;
        transfer.decidedBy = decidedBy;
        transfer.decidedAt = now;
        // the transfer first: handoff-service opens the SA to SA checklist on it, the moved requests find it open
        outbox.publish(new AccountSaTransferred(accountId, previous, saId, rule, reason, decidedBy));
        Optional<SolutionsArchitect> newSa = SolutionsArchitect.<SolutionsArchitect>findByIdOptional(saId)
                .filter(sa -> sa.active);
        if (previous != null && newSa.isPresent()) {
            List<TriageRequest> held = TriageRequest.list("accountId = ?1 and saId = ?2 and status in ?3"
                    + " order by submittedAt", accountId, previous, ENGAGED);
            for (TriageRequest request : held) {
                triage.moveToAccountSa(request, newSa.get(), decidedBy == null ? RequestLabels.SYSTEM : decidedBy,
                        "account transfer from " + previous + " (" + rule + ")");
                transfer.movedRequestIds.add(request.id);
            }
        }
        transfer.persist();
        return Optional.of(transfer);
    }
}
