package dev.seamless.slack.provisioning;

import dev.seamless.slack.channel.ChannelStatus;
import java.util.List;
import java.util.UUID;

/**
 * One channel's Slack work as claimed: what the Slack calls need, read in the claiming transaction so that no
 * transaction stays open while Slack answers.
 *
 * @param status APPROVED (create and invite) or ARCHIVING (archive)
 * @param slackChannelId the channel's Slack id if one was recorded
 * @param mayExistInSlack whether a channel of the name may exist in Slack without a recorded id
 * @param invitees who the channel is for (creation only)
 */
record SlackWork(UUID channelId, UUID claimToken, ChannelStatus status, String channelName, String slackChannelId,
        boolean mayExistInSlack, List<Invitee> invitees) {

    boolean creation() {
        return status == ChannelStatus.APPROVED;
    }

    String kind() {
        return creation() ? "create" : "archive";
    }
}
