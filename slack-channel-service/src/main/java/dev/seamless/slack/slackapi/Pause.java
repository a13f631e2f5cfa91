package dev.seamless.slack.slackapi;

import java.time.Duration;

/** Waits between two attempts of a Slack call; tests record the waits instead of waiting. */
@FunctionalInterface
public interface Pause {

    Pause SLEEP = duration -> Thread.sleep(duration.toMillis());

    void pause(Duration duration) throws InterruptedException;
}
