package dev.seamless.slack.messaging;

import dev.seamless.messaging.consume.EventBatchProcessor;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Batches from the CRM and people-directory topics, applied with exactly-once effects by the batch processor. */
@ApplicationScoped
public class InboundConsumer {

    private static final String CONSUMER = "slack-channel-service";

    @Inject
    EventBatchProcessor processor;

    @Inject
    SlackTriggers triggers;

    @Incoming("crm-accounts")
    @Blocking
    public void accounts(ConsumerRecords<String, byte[]> records) {
        processor.process(CONSUMER, records, triggers);
    }

    @Incoming("crm-opportunities")
    @Blocking
    public void opportunities(ConsumerRecords<String, byte[]> records) {
        processor.process(CONSUMER, records, triggers);
    }

    @Incoming("directory-people")
    @Blocking
    public void people(ConsumerRecords<String, byte[]> records) {
        processor.process(CONSUMER, records, triggers);
    }
}
