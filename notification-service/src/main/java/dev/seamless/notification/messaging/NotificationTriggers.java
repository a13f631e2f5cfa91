package dev.seamless.notification.messaging;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.crm.AccountTeamChanged;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.directory.PersonUpdated;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.events.support.CustomerInquiryReceived;
import dev.seamless.messaging.consume.EventHandler;
import dev.seamless.notification.delivery.NotificationService;
import dev.seamless.notification.directory.Account;
import dev.seamless.notification.directory.Opportunity;
import dev.seamless.notification.directory.Person;
import dev.seamless.notification.directory.Recipients;
import dev.seamless.notification.journey.ClosedWonEmailRule;
import dev.seamless.notification.journey.CsmIntroductionRule;
import dev.seamless.notification.redirect.PostSalesRedirects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Keeps the projections and records the notifications the rules ask for. Other event types are ignored. */
@ApplicationScoped
public class NotificationTriggers implements EventHandler {

    @Inject
    Recipients recipients;

    @Inject
    CsmIntroductionRule csmIntroduction;

    @Inject
    ClosedWonEmailRule closedWon;

    @Inject
    PostSalesRedirects redirects;

    @Inject
    NotificationService notifications;

    @Inject
    Clock clock;

    @Override
    public void handle(EventEnvelope<SeamlessEvent> event) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (event.data() instanceof PersonUpdated person) {
            Person.project(person, now);
        } else if (event.data() instanceof AccountUpdated account) {
            Account.project(account, now);
        } else if (event.data() instanceof AccountTeamChanged teamChange) {
            Account.changeTeam(teamChange, now);
        } else if (event.data() instanceof OpportunityStageChanged stageChange) {
            Opportunity.project(stageChange, now);
            Optional<Account> account = Account.findByIdOptional(stageChange.accountId());
            csmIntroduction.decide(stageChange, account, recipients)
                    .ifPresent(email -> notifications.record(email, event.id()));
            closedWon.decide(stageChange, account, recipients)
                    .ifPresent(email -> notifications.record(email, event.id()));
        } else if (event.data() instanceof CustomerInquiryReceived inquiry) {
            redirects.onInquiry(inquiry, event.id());
        }
    }
}
