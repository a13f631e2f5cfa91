package dev.seamless.slack.messaging;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.crm.AccountClosed;
import dev.seamless.events.crm.AccountTeamChanged;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.directory.PersonUpdated;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.messaging.consume.EventHandler;
import dev.seamless.slack.channel.ChannelRequests;
import dev.seamless.slack.crm.Account;
import dev.seamless.slack.crm.Opportunity;
import dev.seamless.slack.crm.OpportunityStages;
import dev.seamless.slack.directory.Person;
import dev.seamless.slack.lifecycle.ChannelLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Turns consumed events into projections, approvers of waiting requests and channel endings. Event types not listed
 * here are ignored.
 */
@ApplicationScoped
public class SlackTriggers implements EventHandler {

    @Inject
    OpportunityStages stages;

    @Inject
    ChannelLifecycle lifecycle;

    @Inject
    ChannelRequests requests;

    @Inject
    Clock clock;

    @Override
    public void handle(EventEnvelope<SeamlessEvent> event) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (event.data() instanceof AccountUpdated account) {
            Account.project(account, now);
            requests.approversMayHaveChanged(account.accountId());
        } else if (event.data() instanceof AccountTeamChanged teamChange) {
            Account.project(teamChange, now);
            requests.approversMayHaveChanged(teamChange.accountId());
        } else if (event.data() instanceof AccountClosed closure) {
            Account.project(closure, now);
            lifecycle.accountClosed(closure.accountId(), closure.reason());
        } else if (event.data() instanceof OpportunityStageChanged stageChange) {
            Opportunity.project(stageChange, now);
            if (stages.isClosed(stageChange.toStage())) {
                lifecycle.opportunityClosed(stageChange.opportunityId(), stageChange.toStage());
            } else {
                requests.approversMayHaveChanged(stageChange.accountId());
            }
        } else if (event.data() instanceof PersonUpdated person) {
            Person.project(person, now);
        }
    }
}
