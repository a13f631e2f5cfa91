package dev.seamless.notification.journey;

import dev.seamless.events.handoff.HandoffCancelled;
import dev.seamless.events.handoff.PostSalesPathDecided;
import dev.seamless.events.types.PostSalesPath;
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
 * decision that a final one replaced with another path (superseding it, or later for the same opportunity), records
 * the email the {@link PostSalesEmailRule} plans, withdraws the waiting ones of a handoff cancelled because the deal
 * was lost or the account closed, and plans a waiting email again whenever crm.accounts tells more about
 * the account (its primary contact, its CSM).
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
        withdrawIntroductionsNoLongerCalledFor(decision);
        Optional<String> whyNot = PostSalesEmailRule.whyNoEmail(decision);
        if (whyNot.isPresent()) {
            LOG.infof("Post-sales decision %s (%s at %s) of account %s sends nothing: %s", decision.decisionId,
                    decision.path, decision.moment, decision.accountId, whyNot.get());
            return;
        }
        rule.plan(decision, Account.findByIdOptional(decision.accountId), recipients).ifPresent(planned -> {
            Recorded recorded = notifications.recordOncePerOccasion(planned, eventId);
            if (recorded.recordedNow()) {
                recorded.notification().postSalesDecisionId = decision.decisionId;
            }
        });
    }

    /**
     * crm.accounts described the account or named its CSM: the post-sales emails waiting on it are planned again, so
     * those whose missing facts are now known are sent, and the others keep waiting with what they still miss.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void accountChanged(String accountId, String eventId) {
        Optional<Account> account = Account.findByIdOptional(accountId);
        for (Notification waiting : Notification.waitingOnPostSalesDecisions(accountId)) {
            PostSalesDecision decision = PostSalesDecision.findById(waiting.postSalesDecisionId);
            Optional<PlannedEmail> planned = rule.plan(decision, account, recipients);
            planned.ifPresent(email -> notifications.planAgain(waiting, email, eventId));
        }
    }

    /**
     * The deal was lost or the account closed: the journey emails still waiting on the handoff's decisions are
     * withdrawn, so a CSM named later introduces nobody (see {@link PostSalesEmailRule#withdrawalFor}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void handoffCancelled(HandoffCancelled cancelled) {
        rule.withdrawalFor(cancelled).ifPresent(reason -> {
            for (PostSalesDecision decision : PostSalesDecision.ofHandoff(cancelled.handoffId())) {
                Notification.waitingOnDecision(decision.decisionId)
                        .forEach(waiting -> notifications.withdraw(waiting, reason));
            }
        });
    }

    /**
     * A final decision for another path than CSM withdraws the introductions still waiting on the decision it
     * supersedes, or on an earlier decision for the same opportunity: the latest final decision governs the deal.
     */
    private void withdrawIntroductionsNoLongerCalledFor(PostSalesDecision decision) {
        if (decision.provisional || decision.path == PostSalesPath.CSM) {
            return;
        }
        String occasion = PostSalesEmailRule.occasion(decision);
        for (Notification waiting : Notification.waiting(decision.accountId, PostSalesEmailRule.CSM_INTRODUCTION)) {
            String changed = ", changing the path from CSM to " + decision.path;
            if (waiting.postSalesDecisionId.equals(decision.supersedesDecisionId)) {
                notifications.withdraw(waiting, "withdrawn: decision " + decision.decisionId + " of handoff-service ("
                        + decision.rule + ") superseded decision " + waiting.postSalesDecisionId + changed);
            } else if (waiting.occasion.equals(occasion)) {
                notifications.withdraw(waiting, "withdrawn: decision " + decision.decisionId + " of handoff-service ("
                        + decision.rule + ") at " + decision.moment + " followed decision "
                        + waiting.postSalesDecisionId + " for opportunity " + decision.opportunityId + changed);
            }
        }
    }
}
