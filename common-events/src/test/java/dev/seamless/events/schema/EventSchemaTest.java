package dev.seamless.events.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.seamless.events.SampleEvents;
import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.envelope.EventCatalog;
import dev.seamless.events.envelope.EventJson;
import dev.seamless.events.validation.Required;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * The committed JSON Schemas are what the generator derives from the records, and they accept what producers send
 * and reject what consumers reject. Run with {@code -Dschemas.write=true} to rewrite the committed files instead of
 * comparing them.
 */
class EventSchemaTest {

    private static final boolean WRITE = Boolean.getBoolean("schemas.write");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    @BeforeAll
    static void rewriteTheCommittedSchemasWhenAsked() throws IOException {
        if (!WRITE) {
            return;
        }
        if (Files.isDirectory(EventSchemas.DIRECTORY)) {
            try (Stream<Path> files = Files.list(EventSchemas.DIRECTORY)) {
                for (Path stale : files.filter(p -> p.toString().endsWith(".schema.json")).toList()) {
                    Files.delete(stale);
                }
            }
        }
        for (EventCatalog.Entry entry : EventCatalog.all()) {
            EventSchemas.write(entry.type(), EventSchemas.generate(entry));
        }
    }

    @TestFactory
    Stream<DynamicTest> committedSchemaEqualsTheGeneratedOne() {
        return EventCatalog.all().stream().map(entry -> DynamicTest.dynamicTest(entry.type(), () -> {
            JsonNode generated = EventSchemas.reparse(EventSchemas.generate(entry));
            assertThat(EventSchemas.file(entry.type()))
                    .as("schema file of %s; generate it with -Dschemas.write=true", entry.type())
                    .exists();
            assertThat(EventSchemas.readCommitted(entry.type()))
                    .as("%s drifted from its record %s; regenerate with -Dschemas.write=true and review the diff",
                            EventSchemas.file(entry.type()), entry.dataClass().getName())
                    .isEqualTo(generated);
            assertThat(Files.readString(EventSchemas.file(entry.type())))
                    .as("formatting of %s", EventSchemas.file(entry.type()))
                    .isEqualTo(EventSchemas.render(generated));
        }));
    }

    @Test
    void thereIsNoSchemaFileWithoutAnEventType() throws IOException {
        Set<String> expected = EventCatalog.all().stream().map(e -> EventSchemas.fileName(e.type()))
                .collect(Collectors.toCollection(TreeSet::new));
        try (Stream<Path> files = Files.list(EventSchemas.DIRECTORY)) {
            Set<String> present = files.map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(present).isEqualTo(expected);
        }
    }

    @TestFactory
    Stream<DynamicTest> requiredPropertiesAreExactlyTheRequiredComponents() {
        return EventCatalog.all().stream().map(entry -> DynamicTest.dynamicTest(entry.type(), () -> {
            JsonNode schema = EventSchemas.readCommitted(entry.type());
            assertThat(textValues(schema.path("required")))
                    .as("required of %s", entry.type())
                    .isEqualTo(requiredComponents(entry.dataClass()));
            assertThat(namesOf(schema.path("properties")))
                    .as("properties of %s", entry.type())
                    .containsExactlyElementsOf(Arrays.stream(entry.dataClass().getRecordComponents())
                            .map(RecordComponent::getName).toList());
        }));
    }

    @Test
    void unknownPropertiesAreAllowedEverywhere() {
        for (EventCatalog.Entry entry : EventCatalog.all()) {
            List<JsonNode> forbidding = EventSchemas.readCommitted(entry.type()).findValues("additionalProperties")
                    .stream().filter(node -> node.isBoolean() && !node.booleanValue()).toList();
            assertThat(forbidding).as("additionalProperties: false in %s", entry.type()).isEmpty();
        }
    }

    @Test
    void typesAreMappedAsTheContractSays() {
        JsonNode account = properties("AccountUpdated");
        assertThat(account.at("/segment/type").asText()).isEqualTo("string");
        assertThat(textValues(account.at("/segment/enum"))).containsExactly("SMB", "MID_MARKET", "NAMED");
        assertThat(textValues(account.at("/tier/enum")))
                .as("only canonical tiers are published; aliases are a reader's leniency")
                .containsExactly("FREE", "STARTER", "PREMIUM", "ULTIMATE");
        assertThat(account.at("/arr/type").asText()).isEqualTo("number");
        assertThat(account.at("/arr/minimum").asInt()).isZero();
        assertThat(account.at("/employees/type").asText()).isEqualTo("integer");

        assertThat(properties("AccountClosed").at("/closedAt/format").asText()).isEqualTo("date-time");
        assertThat(properties("OpportunityStageChanged").at("/closeDate/format").asText()).isEqualTo("date");
        assertThat(properties("OpportunityStageChanged").at("/povActive/type").asText()).isEqualTo("boolean");

        JsonNode submitted = properties("TriageRequestSubmitted");
        assertThat(submitted.at("/preferredDates/type").asText()).isEqualTo("array");
        assertThat(submitted.at("/preferredDates/items/format").asText()).isEqualTo("date-time");
        assertThat(textValues(submitted.at("/activity/enum"))).containsExactly("DISCOVERY_CALL", "DEMO", "POV",
                "WORKSHOP", "TECHNICAL_QUESTION", "SECURITY_REVIEW");
    }

    @TestFactory
    Stream<DynamicTest> aSampleOfEveryEventTypeIsValid() {
        List<SeamlessEvent> samples = SampleEvents.all();
        assertThat(samples.stream().map(e -> e.getClass().getSimpleName()))
                .as("there is a sample of every event type")
                .containsExactlyInAnyOrderElementsOf(EventCatalog.all().stream().map(EventCatalog.Entry::type).toList());
        return samples.stream().map(sample -> DynamicTest.dynamicTest(sample.getClass().getSimpleName(), () -> {
            JsonNode payload = EventJson.mapper().valueToTree(sample);
            assertThat(validate(sample.getClass().getSimpleName(), payload)).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> aPayloadWithoutARequiredFieldIsInvalid() {
        return SampleEvents.all().stream().map(sample -> DynamicTest.dynamicTest(sample.getClass().getSimpleName(),
                () -> {
                    String type = sample.getClass().getSimpleName();
                    List<String> required = requiredComponents(sample.getClass());
                    assertThat(required).as("%s has required fields", type).isNotEmpty();
                    List<Executable> checks = new ArrayList<>();
                    for (String field : required) {
                        checks.add(() -> {
                            ObjectNode payload = EventJson.mapper().valueToTree(sample);
                            payload.remove(field);
                            assertThat(validate(type, payload))
                                    .as("%s without %s", type, field)
                                    .anySatisfy(m -> {
                                        assertThat(m.getType()).isEqualTo("required");
                                        assertThat(m.getMessage()).contains(field);
                                    });
                        });
                    }
                    assertAll(checks);
                }));
    }

    @Test
    void badValuesAreInvalidAndUnknownFieldsValid() {
        ObjectNode sample = EventJson.mapper().valueToTree(SampleEvents.opportunityStageChanged());

        ObjectNode extra = sample.deepCopy();
        extra.put("forecastCategory", "Commit");
        extra.putObject("crmInternal").put("lastModifiedBy", "005xx");
        assertThat(validate("OpportunityStageChanged", extra)).as("unknown fields").isEmpty();

        ObjectNode negative = sample.deepCopy();
        negative.put("amount", -1);
        assertThat(validate("OpportunityStageChanged", negative))
                .singleElement().satisfies(m -> assertThat(m.getInstanceLocation().toString()).contains("amount"));

        ObjectNode badEnum = sample.deepCopy();
        badEnum.put("orderType", "UPSELL");
        assertThat(validate("OpportunityStageChanged", badEnum))
                .singleElement().satisfies(m -> assertThat(m.getType()).isEqualTo("enum"));

        ObjectNode badDate = sample.deepCopy();
        badDate.put("closeDate", "30/04/2026");
        assertThat(validate("OpportunityStageChanged", badDate))
                .singleElement().satisfies(m -> assertThat(m.getType()).isEqualTo("format"));

        ObjectNode moneyAsText = sample.deepCopy();
        moneyAsText.put("amount", "48000.50");
        assertThat(validate("OpportunityStageChanged", moneyAsText))
                .singleElement().satisfies(m -> assertThat(m.getType()).isEqualTo("type"));

        ObjectNode declined = EventJson.mapper().valueToTree(SampleEvents.triageRequestDeclined());
        ((ObjectNode) declined.withArray("reasons").get(1)).remove("rule");
        assertThat(validate("TriageRequestDeclined", declined)).as("nested required field")
                .singleElement().satisfies(m -> assertThat(m.getMessage()).contains("rule"));

        ObjectNode noReasons = EventJson.mapper().valueToTree(SampleEvents.triageRequestDeclined());
        noReasons.putArray("reasons");
        assertThat(validate("TriageRequestDeclined", noReasons)).as("a required list must not be empty")
                .singleElement().satisfies(m -> assertThat(m.getType()).isEqualTo("minItems"));

        ObjectNode noOffset = EventJson.mapper().valueToTree(SampleEvents.accountClosed());
        noOffset.put("closedAt", "2026-03-31T17:45:00");
        assertThat(validate("AccountClosed", noOffset)).as("timestamp without offset")
                .singleElement().satisfies(m -> assertThat(m.getType()).isEqualTo("format"));
    }

    private static Set<ValidationMessage> validate(String type, JsonNode payload) {
        JsonSchema schema = FACTORY.getSchema(EventSchemas.readCommitted(type), CONFIG);
        return schema.validate(payload);
    }

    private static JsonNode properties(String type) {
        return EventSchemas.readCommitted(type).path("properties");
    }

    private static List<String> requiredComponents(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .filter(c -> c.isAnnotationPresent(Required.class))
                .map(RecordComponent::getName)
                .toList();
    }

    private static List<String> textValues(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static Collection<String> namesOf(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
