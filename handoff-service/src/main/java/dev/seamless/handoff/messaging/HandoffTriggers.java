package dev.seamless.handoff.messaging;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.handoff.account.Account;
import dev.seamless.handoff.handoff.HandoffService;
import dev.seamless.handoff.trigger.ClosedWonRule;
import dev.seamless.messaging.consume.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Turns consumed events into projections and handoffs. Event types not listed here are ignored. */
@ApplicationScoped
public class HandoffTriggers implements EventHandler {

    @Inject
    ClosedWonRule closedWonRule;

    @Inject
    HandoffService handoffs;

    @Inject
    Clock clock;

    @Override
    public void handle(EventEnvelope<SeamlessEvent> event) {
        if (event.data() instanceof AccountUpdated account) {
            Account.project(account, OffsetDateTime.now(clock));
        } else if (event.data() instanceof OpportunityStageChanged stageChange) {
            Optional<Account> account = Account.findByIdOptional(stageChange.accountId());
            closedWonRule.decide(stageChange, account).ifPresent(plan -> handoffs.start(plan, event.id()));
        }
    }
}
