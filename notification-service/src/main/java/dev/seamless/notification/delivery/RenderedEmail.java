package dev.seamless.notification.delivery;

/** An email as it leaves: a one-line subject and the same message as plain text and as HTML. */
public record RenderedEmail(String subject, String text, String html) {
}
