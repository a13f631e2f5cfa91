package dev.seamless.notification.messaging;

import dev.seamless.messaging.consume.EventBatchProcessor;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Batches from every topic notification-service reads, applied with exactly-once effects by the batch processor. */
@ApplicationScoped
public class InboundConsumer {

    private static final String CONSUMER = "notification-service";

    @Inject
    EventBatchProcessor processor;

    @Inject
    NotificationTriggers triggers;

    @Incoming("crm-opportunities")
    @Blocking
    public void opportunities(ConsumerRecords<String, byte[]> records) {
        processor.process(CONSUMER, records, triggers);
    }

    @Incoming("crm-accounts")
    @Blocking
    public void accounts(ConsumerRecords<String, byte[]> records) {
        processor.process(CONSUMER, records, triggers);
    }

    @Incoming("support-inquiries")
    @Blocking
    public void inquiries(ConsumerRecords<String, byte[]> records) {
        processor.process(CONSUMER, records, triggers);
    }

    @Incoming("triage-events")
    @Blocking
    public void triageEvents(ConsumerRecords<String, byte[]> records) {
        processor.process(CONSUMER, records, triggers);
    }

    @Incoming("handoff-events")
    @Blocking
    public void handoffEvents(ConsumerRecords<String, byte[]> records) {
        processor.process(CONSUMER, records, triggers);
    }

    @Incoming("slack-events")
    @Blocking
    public void slackEvents(ConsumerRecords<String, byte[]> records) {
        processor.process(CONSUMER, records, triggers);
    }

    @Incoming("directory-people")
    @Blocking
    public void people(ConsumerRecords<String, byte[]> records) {
        processor.process(CONSUMER, records, triggers);
    }
}
