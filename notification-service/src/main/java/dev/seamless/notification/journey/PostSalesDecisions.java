package dev.seamless.notification.journey;

import dev.seamless.events.handoff.PostSalesPathDecided;
import dev.seamless.notification.delivery.Notification;
import dev.seamless.notification.delivery.NotificationService;
import dev.seamless.notification.delivery.NotificationService.Recorded;
import dev.seamless.notification.delivery.PlannedEmail;
import dev.seamless.notification.directory.Account;
import dev.seamless.notification.directory.Recipients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Acts on handoff-service's post-sales decisions: keeps each one, withdraws an introduction still waiting on a
 * decision that a final one replaced with another path, records the email the {@link PostSalesEmailRule} plans, and
 * sends a waiting introduction once the account's CSM is named.
 */
@ApplicationScoped
public class PostSalesDecisions {

    private static final Logger LOG = Logger.getLogger(PostSalesDecisions.class);

    @Inject
    PostSalesEmailRule rule;

    @Inject
    Recipients recipients;

    @Inject
    NotificationService notifications;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void decided(PostSalesPathDecided event, String eventId) {
        PostSalesDecision decision = PostSalesDecision.store(event, OffsetDateTime.now(clock));
        if (decision.supersedesDecisionId != null) {
            withdrawWhatThePathNoLongerCallsFor(decision);
        }
        Optional<String> whyNot = PostSalesEmailRule.whyNoEmail(decision);
        if (whyNot.isPresent()) {
            LOG.infof("Post-sales decision %s (%s at %s) of account %s sends nothing: %s", decision.decisionId,
                    decision.path, decision.moment, decision.accountId, whyNot.get());
            return;
        }
        rule.plan(decision, Account.findByIdOptional(decision.accountId), recipients).ifPresent(planned -> {
            Recorded recorded = notifications.record(planned, eventId);
            if (recorded.recordedNow()) {
                recorded.notification().postSalesDecisionId = decision.decisionId;
            }
        });
    }

    /** The account's CSM is named: the introductions waiting for one are rendered with the CSM and sent. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void csmNamed(String accountId, String eventId) {
        Optional<Account> account = Account.findByIdOptional(accountId);
        for (Notification waiting : Notification.waiting(accountId, PostSalesEmailRule.CSM_INTRODUCTION)) {
            PostSalesDecision decision = PostSalesDecision.findById(waiting.postSalesDecisionId);
            Optional<PlannedEmail> planned = rule.plan(decision, account, recipients);
            planned.ifPresent(email -> notifications.planAgain(waiting, email, eventId));
        }
    }

    private void withdrawWhatThePathNoLongerCallsFor(PostSalesDecision decision) {
        Optional<PostSalesDecision> superseded = PostSalesDecision.findByIdOptional(decision.supersedesDecisionId);
        if (superseded.isEmpty() || superseded.get().path == decision.path) {
            return;
        }
        for (Notification waiting : Notification.waitingOnDecision(superseded.get().decisionId)) {
            notifications.withdraw(waiting, "withdrawn: decision " + decision.decisionId + " of handoff-service ("
                    + decision.rule + ") superseded decision " + superseded.get().decisionId + ", changing the path"
                    + " from " + superseded.get().path + " to " + decision.path);
        }
    }
}
