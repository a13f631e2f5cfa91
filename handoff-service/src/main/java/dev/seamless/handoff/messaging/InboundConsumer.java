package dev.seamless.handoff.messaging;

import dev.seamless.messaging.consume.EventBatchProcessor;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Batches from the topics handoff-service reads (the CRM's accounts and opportunities, the people directory, and
 * triage-service's decisions), applied with exactly-once effects by the shared batch processor.
 */
@ApplicationScoped
public class InboundConsumer {

    @Inject
    EventBatchProcessor processor;

    @Inject
    HandoffTriggers triggers;

    @Incoming("inbound")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        processor.process(records, triggers);
    }
}
