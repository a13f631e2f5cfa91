package dev.seamless.slack.lifecycle;

import dev.seamless.slack.provisioning.ChannelProvisioner;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Drives time: the Slack work of approved and archiving channels, and the deadlines of ephemeral channels. Tests
 * turn the scheduler off and call {@link ChannelProvisioner#provisionDue()} and
 * {@link ChannelLifecycle#applyDeadlines()} themselves, with a clock they move.
 */
@ApplicationScoped
public class SlackChannelScheduler {

    @Inject
    ChannelProvisioner provisioner;

    @Inject
    ChannelLifecycle lifecycle;

    @Scheduled(identity = "slack-provisioning", every = "${seamless.slack.provisioning.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void provision() {
        provisioner.provisionDue();
    }

    @Scheduled(identity = "slack-deadlines", every = "${seamless.slack.deadlines.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deadlines() {
        lifecycle.applyDeadlines();
    }
}
