package dev.seamless.slack.slackapi;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.conversations.ConversationsCreateResponse;
import com.slack.api.methods.response.users.UsersConversationsResponse;
import com.slack.api.model.Conversation;
import com.slack.api.model.ConversationType;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The Slack Web API through Slack's Java SDK: conversations.create, conversations.invite, conversations.archive, and
 * users.conversations to find a channel an earlier attempt created (the bot created it, so it is a member: the
 * bot's own channels are searched, not the whole workspace). Rate limits (HTTP 429, waiting as long as
 * Retry-After says), server errors, network failures and Slack's transient error codes are retried with back-off
 * up to {@code maxAttempts}; then, or on an error that retrying cannot fix (missing scope, invalid token), the call
 * throws {@link SlackCallFailed}.
 */
public class WebApiSlackAdapter implements SlackAdapter {

    /** The retry settings of one call. A wait longer than {@code maxWait} ends the call instead of blocking. */
    public record Retries(int maxAttempts, Backoff backoff, Duration maxWait) {
    }

    private static final Logger LOG = Logger.getLogger(WebApiSlackAdapter.class);
    private static final Set<String> TRANSIENT_ERRORS = Set.of("ratelimited", "internal_error", "fatal_error",
            "service_unavailable", "request_timeout");
    /** Slack's recommended page size for cursor-paginated methods. */
    private static final int PAGE_SIZE = 200;
    private static final List<ConversationType> CHANNEL_TYPES = List.of(ConversationType.PUBLIC_CHANNEL,
            ConversationType.PRIVATE_CHANNEL);

    @FunctionalInterface
    private interface SlackCall<T extends SlackApiTextResponse> {
        T execute() throws IOException, SlackApiException;
    }

    private final Slack slack;
    private final MethodsClient methods;
    private final Retries retries;
    private final Pause pause;

    public WebApiSlackAdapter(Slack slack, String token, Retries retries, Pause pause) {
        this.slack = slack;
        this.methods = slack.methods(token);
        this.retries = retries;
        this.pause = pause;
    }

    @Override
    public SlackConversation createChannel(String name, boolean privateChannel) {
        ConversationsCreateResponse created = call("conversations.create",
                () -> methods.conversationsCreate(request -> request.name(name).isPrivate(privateChannel)));
        if (created.isOk()) {
            return new SlackConversation(created.getChannel().getId(), created.getChannel().getName());
        }
        if ("name_taken".equals(created.getError())) {
            return findChannel(name).orElseThrow(() -> new SlackCallFailed("conversations.create: the name #" + name
                    + " is taken by a channel the bot is not a member of, or one that is archived", null));
        }
        throw refused("conversations.create", created);
    }

    @Override
    public void invite(String slackChannelId, List<String> slackUserIds) {
        if (slackUserIds.isEmpty()) {
            return;
        }
        SlackApiTextResponse invited = call("conversations.invite", () -> methods.conversationsInvite(
                request -> request.channel(slackChannelId).users(slackUserIds).force(true)));
        if (!invited.isOk() && !Set.of("already_in_channel", "cant_invite_self").contains(invited.getError())) {
            throw refused("conversations.invite", invited);
        }
    }

    @Override
    public void archive(String slackChannelId) {
        SlackApiTextResponse archived = call("conversations.archive",
                () -> methods.conversationsArchive(request -> request.channel(slackChannelId)));
        if (archived.isOk() || "already_archived".equals(archived.getError())) {
            return;
        }
        if ("channel_not_found".equals(archived.getError())) {
            LOG.warnf("Slack channel %s to archive does not exist any more; nothing to archive", slackChannelId);
            return;
        }
        throw refused("conversations.archive", archived);
    }

    @Override
    public void close() {
        try {
            slack.close();
        } catch (Exception e) {
            LOG.debugf("Closing the Slack client: %s", e.getMessage());
        }
    }

    @Override
    public Optional<SlackConversation> findChannel(String name) {
        String cursor = null;
        do {
            String pageCursor = cursor;
            UsersConversationsResponse page = call("users.conversations", () -> methods.usersConversations(
                    request -> request.types(CHANNEL_TYPES).excludeArchived(true).limit(PAGE_SIZE).cursor(pageCursor)));
            if (!page.isOk()) {
                throw refused("users.conversations", page);
            }
            Optional<Conversation> match = page.getChannels().stream()
                    .filter(channel -> name.equals(channel.getName())).findFirst();
            if (match.isPresent()) {
                LOG.infof("Found Slack channel %s (#%s), created by an earlier attempt", match.get().getId(), name);
                return Optional.of(new SlackConversation(match.get().getId(), name));
            }
            cursor = page.getResponseMetadata() == null ? null : page.getResponseMetadata().getNextCursor();
        } while (cursor != null && !cursor.isEmpty());
        return Optional.empty();
    }

    /** Runs a call, retrying what may pass on a later attempt; returns Slack's answer, ok or not. */
    private <T extends SlackApiTextResponse> T call(String method, SlackCall<T> call) {
        for (int attempt = 1;; attempt++) {
            String problem;
            Duration wait = retries.backoff().delayAfter(attempt);
            Duration retryAfter = null;
            try {
                T response = call.execute();
                if (response.isOk() || !TRANSIENT_ERRORS.contains(response.getError())) {
                    return response;
                }
                problem = method + " failed: " + response.getError();
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                if (status == 429) {
                    retryAfter = retryAfter(e).orElse(wait);
                    wait = retryAfter;
                    problem = method + " was rate-limited (HTTP 429, retry after " + retryAfter.toSeconds() + " s)";
                } else if (status >= 500) {
                    problem = method + " failed: HTTP " + status;
                } else {
                    throw new SlackCallFailed(method + " was refused: HTTP " + status + " " + e.getResponseBody(),
                            null);
                }
            } catch (IOException e) {
                problem = method + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            if (attempt >= retries.maxAttempts() || wait.compareTo(retries.maxWait()) > 0) {
                throw new SlackCallFailed(problem + " (attempt " + attempt + " of " + retries.maxAttempts() + ")",
                        retryAfter);
            }
            LOG.debugf("%s; attempt %d of %d again in %d ms", problem, attempt + 1, retries.maxAttempts(),
                    wait.toMillis());
            pauseFor(wait);
        }
    }

    private void pauseFor(Duration wait) {
        try {
            pause.pause(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackCallFailed("interrupted while waiting to retry a Slack call", null);
        }
    }

    private static Optional<Duration> retryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        try {
            return header == null ? Optional.empty() : Optional.of(Duration.ofSeconds(Long.parseLong(header.trim())));
        } catch (NumberFormatException notSeconds) {
            return Optional.empty();
        }
    }

    private static SlackCallFailed refused(String method, SlackApiTextResponse response) {
        String needed = response.getNeeded() == null ? "" : " (scope needed: " + response.getNeeded() + ")";
        return new SlackCallFailed(method + " was refused: " + response.getError() + needed, null);
    }
}
