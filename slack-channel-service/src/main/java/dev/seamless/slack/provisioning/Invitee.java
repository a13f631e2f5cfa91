package dev.seamless.slack.provisioning;

/**
 * A person a new channel is for: their Slack user id when they can be invited, else why not.
 *
 * @param as why they belong in the channel: REQUESTER, or their role in the account or opportunity team
 */
public record Invitee(String personId, String as, String slackUserId, String notInvitedBecause) {

    public boolean invitable() {
        return slackUserId != null;
    }
}
