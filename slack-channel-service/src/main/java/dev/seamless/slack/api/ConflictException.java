package dev.seamless.slack.api;

/** The current state forbids the action (approving an archived channel, a second open request, ...): 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String reason) {
        super(reason);
    }
}
