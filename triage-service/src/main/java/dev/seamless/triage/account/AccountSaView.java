package dev.seamless.triage.account;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An account's own SA and how it came to be: {@code source} is {@code crm}, {@code leader} or {@code assignment} (the
 * first SA engaged on the account), and {@code transfers} every change decided by the CRM or an SA leader.
 */
public record AccountSaView(String accountId, String saId, String source, OffsetDateTime updatedAt,
        List<Transfer> transfers) {

    /** One transfer: who had the account, who has it, the rule and reason, and the requests that moved. */
    public record Transfer(String previousSaId, String saId, String rule, String reason, String decidedBy,
            OffsetDateTime decidedAt, List<String> movedRequestIds) {

        static Transfer of(AccountSaTransfer transfer) {
            return new Transfer(transfer.previousSaId, transfer.saId, transfer.rule, transfer.reason,
                    transfer.decidedBy, transfer.decidedAt, List.copyOf(transfer.movedRequestIds));
        }
    }
}
