package dev.seamless.slack.slackapi;

import java.time.Duration;
import java.util.Optional;

/** A Slack call did not succeed within its attempts; {@code retryAfter} is Slack's rate-limit wait, when it gave one. */
public class SlackCallFailed extends RuntimeException {

    private final transient Duration retryAfter;

    public SlackCallFailed(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
