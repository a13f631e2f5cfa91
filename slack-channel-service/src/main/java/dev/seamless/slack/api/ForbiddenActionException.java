package dev.seamless.slack.api;

/** The caller may not do this to this channel (an approval by the wrong person, ...): 403 with the reason. */
public class ForbiddenActionException extends RuntimeException {

    public ForbiddenActionException(String reason) {
        super(reason);
    }
}
