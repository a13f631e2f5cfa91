package dev.seamless.devtools.publish;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.envelope.EventCodec;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.events.envelope.InvalidEventException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * {@code PublishEvents <file.json>...}: publishes structured-mode CloudEvents, as an integrated system would, each to
 * the topic of its type with its account (or person) as the key. Every file is validated first; if one is invalid,
 * nothing is published. Publishing the same file twice sends the same event id: the services apply it once.
 * The broker is {@code 127.0.0.1:9092} unless {@code SEAMLESS_KAFKA_BOOTSTRAP} says otherwise.
 */
public final class PublishEvents {

    private record Prepared(Path file, byte[] json, EventEnvelope<SeamlessEvent> event) {
    }

    private PublishEvents() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: dev/publish <cloudevent.json>...   (samples: dev/samples/*.json)");
            System.exit(2);
        }
        EventCodec codec = new EventCodec();
        List<Prepared> prepared = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String argument : args) {
            Path file = Path.of(argument);
            try {
                byte[] json = Files.readAllBytes(file);
                prepared.add(new Prepared(file, json, codec.decode(json)));
            } catch (IOException e) {
                problems.add(file + ": cannot read: " + e.getMessage());
            } catch (InvalidEventException e) {
                problems.add(file + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(problem -> System.err.println("invalid: " + problem));
            System.err.println("nothing published");
            System.exit(2);
        }
        try (EventPublisher publisher = EventPublisher.toLocalRun()) {
            for (Prepared item : prepared) {
                EventEnvelope<SeamlessEvent> event = item.event();
                RecordMetadata written = publisher.publish(event, item.json());
                System.out.printf("published %-24s id %s -> %s/%d@%d (key %s)%n", event.type(), event.id(),
                        written.topic(), written.partition(), written.offset(), event.key());
            }
        }
    }
}
