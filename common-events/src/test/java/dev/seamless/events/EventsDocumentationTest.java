package dev.seamless.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.events.envelope.EventCatalog;
import dev.seamless.events.validation.Required;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/events.md documents every event type on its topic, with every field and whether it is required. */
class EventsDocumentationTest {

    private static final Path DOCUMENT = Path.of(System.getProperty("basedir", "."))
            .resolve("../docs/events.md").normalize();

    @Test
    void everyEventTypeHasASectionWithItsTopicAndEveryField() throws IOException {
        String text = Files.readString(DOCUMENT);
        for (EventCatalog.Entry entry : EventCatalog.all()) {
            String heading = "\n### " + entry.type() + "\n";
            assertThat(text).as("section of %s", entry.type()).contains(heading);
            int start = text.indexOf(heading) + heading.length();
            int next = text.indexOf("\n#", start);
            String section = text.substring(start, next < 0 ? text.length() : next);
            assertThat(section).as("topic of %s", entry.type()).contains("Topic `" + entry.topic() + "`");
            for (RecordComponent component : entry.dataClass().getRecordComponents()) {
                String row = section.lines().filter(line -> line.startsWith("| `" + component.getName() + "` |"))
                        .findFirst().orElse(null);
                assertThat(row).as("row of %s.%s", entry.type(), component.getName()).isNotNull();
                String required = row.split("\\|")[3].trim();
                assertThat(required.startsWith("**yes**"))
                        .as("%s.%s is documented as %s", entry.type(), component.getName(), required)
                        .isEqualTo(component.isAnnotationPresent(Required.class));
            }
        }
    }

    @Test
    void everyTopicAndTheDeadLetterHeadersAreDocumented() throws IOException {
        String text = Files.readString(DOCUMENT);
        Topics.INBOUND.forEach(topic -> assertThat(text).contains("| `" + topic + "`"));
        Topics.OUTBOUND.forEach(topic -> assertThat(text).contains("| `" + topic + "`"));
        assertThat(text).contains("`<topic>.dlq`", "seamless-dlq-reason", "-Dschemas.write=true");
    }
}
