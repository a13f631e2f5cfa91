package dev.seamless.handoff;

import dev.seamless.handoff.account.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Looks into handoff-service's own projection, so tests wait for a condition instead of sleeping. */
final class AccountProbe {

    private AccountProbe() {
    }

    static boolean known(String accountId) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findById(accountId) != null);
    }
}
