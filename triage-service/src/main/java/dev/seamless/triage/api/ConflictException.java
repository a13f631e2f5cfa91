package dev.seamless.triage.api;

/** An action the current state forbids (starting a completed request, approving twice, ...): 409 with the reason. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
