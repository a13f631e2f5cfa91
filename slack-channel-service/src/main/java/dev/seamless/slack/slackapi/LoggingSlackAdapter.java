package dev.seamless.slack.slackapi;

import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The default adapter when no Slack token is configured: it only logs what it would do, so the service runs (and the
 * whole lifecycle can be tried) without a Slack workspace. Channel ids it hands out start with {@code LOGGED-}.
 */
public class LoggingSlackAdapter implements SlackAdapter {

    private static final Logger LOG = Logger.getLogger(LoggingSlackAdapter.class);

    @Override
    public SlackConversation createChannel(String name, boolean privateChannel) {
        LOG.infof("Slack (logging only): create %s channel #%s", privateChannel ? "private" : "public", name);
        return new SlackConversation("LOGGED-" + name, name);
    }

    /** Every channel this adapter was asked to create "exists", under the id it handed out. */
    @Override
    public Optional<SlackConversation> findChannel(String name) {
        return Optional.of(new SlackConversation("LOGGED-" + name, name));
    }

    @Override
    public void invite(String slackChannelId, List<String> slackUserIds) {
        LOG.infof("Slack (logging only): invite %s to %s", slackUserIds, slackChannelId);
    }

    @Override
    public void archive(String slackChannelId) {
        LOG.infof("Slack (logging only): archive %s", slackChannelId);
    }
}
