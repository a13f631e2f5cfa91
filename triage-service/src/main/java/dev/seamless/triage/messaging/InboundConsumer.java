package dev.seamless.triage.messaging;

import dev.seamless.messaging.consume.EventBatchProcessor;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Batches from the topics triage-service reads, applied with exactly-once effects by the shared batch processor. */
@ApplicationScoped
public class InboundConsumer {

    private static final String CONSUMER = "triage-service";

    @Inject
    EventBatchProcessor processor;

    @Inject
    TriageEventHandler handler;

    @Incoming("crm-triage-requests")
    @Blocking
    public void triageRequests(ConsumerRecords<String, byte[]> records) {
        processor.process(CONSUMER, records, handler);
    }

    @Incoming("crm-opportunities")
    @Blocking
    public void opportunities(ConsumerRecords<String, byte[]> records) {
        processor.process(CONSUMER, records, handler);
    }

    @Incoming("crm-accounts")
    @Blocking
    public void accounts(ConsumerRecords<String, byte[]> records) {
        processor.process(CONSUMER, records, handler);
    }

    @Incoming("directory-people")
    @Blocking
    public void people(ConsumerRecords<String, byte[]> records) {
        processor.process(CONSUMER, records, handler);
    }
}
