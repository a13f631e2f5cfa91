package dev.seamless.events.envelope;

/**
 * A record that is not a valid event of the contract: not a CloudEvent, an unknown type, unreadable data, or a
 * missing or bad field. The message says which, naming the field; consumers send such records to the dead-letter
 * topic with this message.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
