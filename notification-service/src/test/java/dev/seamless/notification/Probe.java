package dev.seamless.notification;

import dev.seamless.notification.delivery.Notification;
import dev.seamless.notification.directory.Account;
import dev.seamless.notification.directory.Opportunity;
import dev.seamless.notification.directory.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;

/** Looks into notification-service's own tables, so tests wait for a condition instead of sleeping. */
final class Probe {

    private Probe() {
    }

    static boolean personKnown(String personId) {
        return QuarkusTransaction.requiringNew().call(() -> Person.findById(personId) != null);
    }

    static boolean accountKnown(String accountId) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findById(accountId) != null);
    }

    static Account account(String accountId) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findById(accountId));
    }

    static boolean opportunityKnown(String opportunityId) {
        return QuarkusTransaction.requiringNew().call(() -> Opportunity.findById(opportunityId) != null);
    }

    static List<Notification> notifications(String accountId) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.list("accountId", accountId));
    }
}
