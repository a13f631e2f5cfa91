package dev.seamless.slack.lifecycle;

import dev.seamless.slack.provisioning.ChannelProvisioner;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Drives time: the Slack work of approved and archiving channels, the deadlines of ephemeral channels and the clock
 * on approvals. Tests turn the scheduler off and call {@link ChannelProvisioner#provisionDue()},
 * {@link ChannelLifecycle#applyDeadlines()} and {@link ApprovalDeadlines#applyDue()} themselves, with a clock they
 * move.
 */
@ApplicationScoped
public class SlackChannelScheduler {

    @Inject
    ChannelProvisioner provisioner;

    @Inject
    ChannelLifecycle lifecycle;

    @Inject
    ApprovalDeadlines approvalDeadlines;

    @Scheduled(identity = "slack-provisioning", every = "${seamless.slack.provisioning.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void provision() {
        provisioner.provisionDue();
    }

    @Scheduled(identity = "slack-deadlines", every = "${seamless.slack.deadlines.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deadlines() {
        lifecycle.applyDeadlines();
        approvalDeadlines.applyDue();
    }
}
