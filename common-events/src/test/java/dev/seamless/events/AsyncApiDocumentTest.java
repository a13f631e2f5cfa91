package dev.seamless.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.seamless.events.envelope.EventCatalog;
import dev.seamless.events.schema.EventSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/asyncapi.yaml describes every topic and every event type of the contract, and its references resolve. */
class AsyncApiDocumentTest {

    private static final Path DOCUMENT = Path.of(System.getProperty("basedir", "."))
            .resolve("../docs/asyncapi.yaml").normalize();
    private static final String SCHEMA_REF_PREFIX = "../common-events/src/main/resources/schemas/";

    private static JsonNode root;

    @BeforeAll
    static void parse() throws IOException {
        assertThat(DOCUMENT).exists();
        root = new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile());
    }

    @Test
    void isAnAsyncApi3Document() {
        assertThat(root.path("asyncapi").asText()).startsWith("3.");
        assertThat(root.path("defaultContentType").asText()).isEqualTo("application/cloudevents+json");
        assertThat(root.path("servers")).allSatisfy(server ->
                assertThat(server.path("protocol").asText()).isEqualTo("kafka"));
    }

    @Test
    void everyTopicHasAChannelWithExactlyItsEventTypes() {
        List<String> topics = new ArrayList<>(Topics.INBOUND);
        topics.addAll(Topics.OUTBOUND);
        for (String topic : topics) {
            JsonNode channel = channelAt(topic);
            Set<String> expected = EventCatalog.all().stream().filter(e -> e.topic().equals(topic))
                    .map(EventCatalog.Entry::type).collect(Collectors.toCollection(TreeSet::new));
            Set<String> described = new TreeSet<>();
            channel.path("messages").forEach(ref -> described.add(resolve(ref).path("name").asText()));
            assertThat(described).as("event types on %s", topic).isEqualTo(expected);
        }
    }

    @Test
    void everyTopicHasADeadLetterChannelWithTheReasonHeaders() {
        List<String> topics = new ArrayList<>(Topics.INBOUND);
        topics.addAll(Topics.OUTBOUND);
        for (String topic : topics) {
            JsonNode channel = channelAt(Topics.deadLetterOf(topic));
            assertThat(channel.path("messages")).as("messages of %s.dlq", topic).isNotEmpty();
            channel.path("messages").forEach(ref -> {
                JsonNode headers = resolve(resolve(ref).path("headers"));
                assertThat(fieldNames(headers.path("properties"))).contains("seamless-dlq-reason",
                        "seamless-dlq-original-topic", "seamless-dlq-original-partition",
                        "seamless-dlq-original-offset", "seamless-dlq-consumer", "seamless-dlq-failed-at");
            });
            assertThat(operationsOn(channel)).as("who writes %s.dlq", topic).extracting(op -> op.path("action")
                    .asText()).contains("send");
        }
    }

    @Test
    void everyEventTypeIsAMessageWhoseDataIsItsSchemaFile() {
        JsonNode messages = root.at("/components/messages");
        for (EventCatalog.Entry entry : EventCatalog.all()) {
            JsonNode message = messages.path(entry.type());
            assertThat(message.isObject()).as("message %s", entry.type()).isTrue();
            assertThat(message.path("name").asText()).isEqualTo(entry.type());

            List<String> schemaRefs = new ArrayList<>();
            collectRefs(message.path("payload"), schemaRefs);
            schemaRefs.removeIf(ref -> ref.startsWith("#"));
            assertThat(schemaRefs).as("external schema of %s", entry.type())
                    .containsExactly(SCHEMA_REF_PREFIX + EventSchemas.fileName(entry.type()));
            Path file = DOCUMENT.getParent().resolve(schemaRefs.get(0)).normalize();
            assertThat(file).as("schema file of %s", entry.type()).exists().isRegularFile();
            assertThat(file).isEqualTo(EventSchemas.file(entry.type()).toAbsolutePath().normalize());

            assertThat(root.at("/components/messages/" + entry.type() + "/payload/allOf").toString())
                    .as("the payload of %s pins the CloudEvents type", entry.type())
                    .contains("\"const\":\"" + entry.type() + "\"");
        }
    }

    @Test
    void everyMessageIsKeyedByAccountExceptDirectoryEventsByPerson() {
        for (EventCatalog.Entry entry : EventCatalog.all()) {
            JsonNode message = root.at("/components/messages/" + entry.type());
            String key = kafkaKeyDescription(message);
            String expected = entry.topic().equals(Topics.DIRECTORY_PEOPLE) ? "personId" : "accountId";
            assertThat(key).as("key of %s", entry.type()).contains(expected);
        }
    }

    @Test
    void eachOutboundTopicHasExactlyOneWriterAndItIsTheRightService() {
        Map<String, String> writers = Map.of(
                Topics.TRIAGE_EVENTS, "triage-service",
                Topics.HANDOFF_EVENTS, "handoff-service",
                Topics.SLACK_EVENTS, "slack-channel-service",
                Topics.NOTIFICATION_EVENTS, "notification-service");
        assertThat(writers.keySet()).containsExactlyInAnyOrderElementsOf(Topics.OUTBOUND);
        writers.forEach((topic, service) -> {
            JsonNode channel = channelAt(topic);
            assertThat(channel.path("x-seamless-writer").asText()).as("writer of %s", topic).isEqualTo(service);
            List<JsonNode> sends = operationsOn(channel).stream()
                    .filter(op -> op.path("action").asText().equals("send")).toList();
            assertThat(sends).as("send operations on %s", topic).singleElement()
                    .satisfies(op -> assertThat(op.path("summary").asText()).startsWith(service));
        });
    }

    @Test
    void inboundTopicsAreReadBySeamlessServices() {
        Set<String> services = Set.of("triage-service", "handoff-service", "slack-channel-service",
                "notification-service");
        for (String topic : Topics.INBOUND) {
            JsonNode channel = channelAt(topic);
            assertThat(channel.path("x-seamless-readers")).as("readers of %s", topic).isNotEmpty()
                    .allSatisfy(reader -> assertThat(services).contains(reader.asText()));
            assertThat(operationsOn(channel)).as("operations on %s", topic)
                    .extracting(op -> op.path("action").asText()).containsExactly("receive");
        }
        assertThat(channelAt(Topics.CRM_TRIAGE_REQUESTS).path("x-seamless-readers").toString())
                .contains("triage-service");
        assertThat(channelAt(Topics.SUPPORT_INQUIRIES).path("x-seamless-readers").toString())
                .contains("notification-service");
    }

    @Test
    void everyInternalReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(root, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            if (ref.startsWith("#")) {
                assertThat(root.at(ref.substring(1)).isMissingNode()).as("%s resolves", ref).isFalse();
            } else {
                assertThat(DOCUMENT.getParent().resolve(ref).normalize()).as("%s exists", ref).exists();
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static JsonNode channelAt(String address) {
        List<JsonNode> matches = new ArrayList<>();
        root.path("channels").forEach(channel -> {
            if (channel.path("address").asText().equals(address)) {
                matches.add(channel);
            }
        });
        assertThat(matches).as("channels with address %s", address).hasSize(1);
        return matches.get(0);
    }

    private static List<JsonNode> operationsOn(JsonNode channel) {
        List<JsonNode> operations = new ArrayList<>();
        root.path("operations").forEach(op -> {
            if (resolve(op.path("channel")) == channel) {
                operations.add(op);
            }
        });
        return operations;
    }

    private static String kafkaKeyDescription(JsonNode message) {
        List<JsonNode> candidates = new ArrayList<>();
        candidates.add(message);
        message.path("traits").forEach(trait -> candidates.add(resolve(trait)));
        for (JsonNode candidate : candidates) {
            JsonNode key = resolve(candidate.at("/bindings/kafka/key"));
            if (!key.isMissingNode()) {
                return key.path("description").asText();
            }
        }
        return "";
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref") && current.path("$ref").asText().startsWith("#")) {
            current = root.at(current.path("$ref").asText().substring(1));
        }
        return current;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    refs.add(field.getValue().asText());
                } else {
                    collectRefs(field.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> collectRefs(item, refs));
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
