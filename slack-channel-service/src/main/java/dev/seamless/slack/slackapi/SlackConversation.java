package dev.seamless.slack.slackapi;

/** A Slack channel: Slack's id ({@code C0...}) and its name. */
public record SlackConversation(String id, String name) {
}
