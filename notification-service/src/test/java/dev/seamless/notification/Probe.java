package dev.seamless.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.notification.delivery.Notification;
import dev.seamless.notification.delivery.NotificationStatus;
import dev.seamless.notification.directory.Account;
import dev.seamless.notification.directory.Opportunity;
import dev.seamless.notification.directory.Person;
import dev.seamless.notification.journey.PostSalesDecision;
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

    static boolean decisionKnown(String decisionId) {
        return QuarkusTransaction.requiringNew().call(() -> PostSalesDecision.findById(decisionId) != null);
    }

    static List<Notification> notifications(String accountId) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.list("accountId", accountId));
    }

    static List<Notification> notifications(String accountId, String template) {
        return notifications(accountId).stream().filter(notification -> notification.template.equals(template))
                .toList();
    }

    /** Asserts that the account has exactly one notification of the template, sent at the first attempt. */
    static Notification sentOnce(String accountId, String template) {
        List<Notification> found = notifications(accountId, template);
        assertThat(found).singleElement().satisfies(notification -> {
            assertThat(notification.status).isEqualTo(NotificationStatus.SENT);
            assertThat(notification.attempts).isEqualTo(1);
        });
        return found.get(0);
    }
}
