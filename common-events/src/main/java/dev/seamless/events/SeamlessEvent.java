package dev.seamless.events;

/**
 * The {@code data} of a Seamless CloudEvent. Every event names the key it is partitioned by, so that all events of
 * one account (or one person, for directory events) stay in order on one partition.
 */
public interface SeamlessEvent {

    /** The Kafka record key: the account id, or the person id for directory events. */
    String partitionKey();
}
