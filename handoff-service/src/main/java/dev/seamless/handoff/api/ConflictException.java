package dev.seamless.handoff.api;

/**
 * An action the current state forbids (completing a task that is not open, starting a handoff that is already open,
 * ...): a 409 with the reason. Only this is a conflict; any other exception is a fault of the service (500).
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String reason) {
        super(reason);
    }
}
