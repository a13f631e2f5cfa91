package dev.seamless.triage;

import dev.seamless.triage.account.AccountRegion;
import dev.seamless.triage.assignment.AccountSa;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.Optional;

/** Looks into triage-service's own projections, so tests wait for a condition instead of sleeping. */
final class Probe {

    private Probe() {
    }

    static Optional<String> accountSa(String accountId) {
        return QuarkusTransaction.requiringNew().call(() -> AccountSa.of(accountId));
    }

    static Optional<String> accountRegion(String accountId) {
        return QuarkusTransaction.requiringNew().call(() -> AccountRegion.of(accountId));
    }
}
