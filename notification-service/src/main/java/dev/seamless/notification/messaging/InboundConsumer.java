package dev.seamless.notification.messaging;

import dev.seamless.messaging.consume.EventBatchProcessor;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Batches from every topic notification-service reads, applied with exactly-once effects by the batch processor.
 * Each channel (see application.properties) keeps its own Kafka consumer; one handler serves them all.
 */
@ApplicationScoped
public class InboundConsumer {

    @Inject
    EventBatchProcessor processor;

    @Inject
    NotificationTriggers triggers;

    @Incoming("inbound")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        processor.process(records, triggers);
    }
}
