package dev.seamless.slack.slackapi;

import java.util.List;
import java.util.Optional;

/**
 * What slack-channel-service asks of Slack. Each call either succeeds (repeating a call that already took effect
 * succeeds too) or throws {@link SlackCallFailed}; the caller keeps the channel's Slack work pending and retries.
 */
public interface SlackAdapter extends AutoCloseable {

    /**
     * Creates a channel, or adopts the existing channel of that name: a name carries the request's id, so a channel
     * of that name was made by an earlier attempt whose result was not recorded.
     */
    SlackConversation createChannel(String name, boolean privateChannel);

    /**
     * The channel of that name among the service's own (not archived): one an earlier attempt created without its
     * result being recorded.
     */
    Optional<SlackConversation> findChannel(String name);

    /** Invites Slack users; users already in the channel are fine. */
    void invite(String slackChannelId, List<String> slackUserIds);

    /** Archives a channel; a channel already archived or gone is fine. */
    void archive(String slackChannelId);

    @Override
    default void close() {
    }
}
