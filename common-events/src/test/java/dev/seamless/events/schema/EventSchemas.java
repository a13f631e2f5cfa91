package dev.seamless.events.schema;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import dev.seamless.events.envelope.EventCatalog;
import dev.seamless.events.validation.MaxLength;
import dev.seamless.events.validation.Money;
import dev.seamless.events.validation.NonNegative;
import dev.seamless.events.validation.Required;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Derives the JSON Schema (draft 2020-12) of every event's {@code data} from its record with the victools generator.
 * The committed files under {@code src/main/resources/schemas} are exactly what this produces; {@link EventSchemaTest}
 * fails when they drift and rewrites them when run with {@code -Dschemas.write=true}.
 *
 * <p>Conventions: {@link Required} components are {@code required}; {@link MaxLength} texts have a {@code maxLength};
 * {@link Money} amounts have an {@code exclusiveMaximum} and a {@code multipleOf}; {@link NonNegative} numbers have
 * {@code minimum: 0}; enums list their canonical constants; java.time types carry the standard formats
 * ({@code date-time}, {@code date}); unknown properties stay allowed (no {@code additionalProperties: false}).
 */
public final class EventSchemas {

    /** Where the committed schemas live, relative to the module (surefire runs tests with basedir set). */
    public static final Path DIRECTORY = Path.of(System.getProperty("basedir", "."))
            .resolve("src/main/resources/schemas");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    private static boolean isRequired(FieldScope field) {
        return field.getAnnotationConsideringFieldAndGetter(Required.class) != null;
    }

    /** Properties in the order the record declares its components (stable and readable), then by name. */
    private static final Comparator<MemberScope<?, ?>> RECORD_COMPONENT_ORDER = Comparator
            .<MemberScope<?, ?>>comparingInt(EventSchemas::declarationIndex)
            .thenComparing(MemberScope::getSchemaPropertyName);

    private static final SchemaGenerator GENERATOR = createGenerator();

    private EventSchemas() {
    }

    public static String fileName(String type) {
        return type + ".schema.json";
    }

    public static Path file(String type) {
        return DIRECTORY.resolve(fileName(type));
    }

    /** @return the schema of the catalogued event's data, as it must be committed */
    public static ObjectNode generate(EventCatalog.Entry entry) {
        ObjectNode generated = GENERATOR.generateSchema(entry.dataClass());
        ObjectNode schema = MAPPER.createObjectNode();
        schema.set("$schema", generated.remove("$schema"));
        schema.put("title", entry.type());
        schema.put("description", "The data of a Seamless CloudEvent of type " + entry.type()
                + ", published on topic " + entry.topic() + ".");
        schema.put("$comment", "Generated from " + entry.dataClass().getName()
                + " - do not edit; regenerate with: ./mvnw -pl common-events test"
                + " -Dtest=EventSchemaTest -Dschemas.write=true");
        schema.setAll(generated);
        return schema;
    }

    /** @return the text of a schema file: two-space indented JSON, LF line ends, a final newline */
    public static String render(JsonNode schema) {
        try {
            return WRITER.writeValueAsString(schema) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the schema as it reads back from its file (numbers typed as JSON text types them) */
    public static JsonNode reparse(JsonNode schema) {
        try {
            return MAPPER.readTree(render(schema));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode readCommitted(String type) {
        try {
            return MAPPER.readTree(Files.readString(file(type), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file(type), e);
        }
    }

    public static void write(String type, JsonNode schema) {
        try {
            Files.createDirectories(DIRECTORY);
            Files.writeString(file(type), render(schema), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file(type), e);
        }
    }

    private static SchemaGenerator createGenerator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(MAPPER, SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(Option.STANDARD_FORMATS)
                .without(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT);
        config.forFields()
                .withRequiredCheck(EventSchemas::isRequired)
                .withStringMaxLengthResolver(field -> {
                    MaxLength maxLength = field.getAnnotationConsideringFieldAndGetter(MaxLength.class);
                    return maxLength == null ? null : maxLength.value();
                })
                .withArrayMinItemsResolver(field -> isRequired(field) && field.isContainerType() ? 1 : null)
                .withNumberInclusiveMinimumResolver(field ->
                        field.getAnnotationConsideringFieldAndGetter(NonNegative.class) != null
                                ? BigDecimal.ZERO : null)
                .withNumberExclusiveMaximumResolver(field ->
                        field.getAnnotationConsideringFieldAndGetter(Money.class) != null ? Money.LIMIT : null)
                .withNumberMultipleOfResolver(field ->
                        field.getAnnotationConsideringFieldAndGetter(Money.class) != null ? Money.STEP : null);
        config.forTypesInGeneral().withPropertySorter(RECORD_COMPONENT_ORDER);
        return new SchemaGenerator(config.build());
    }

    private static int declarationIndex(MemberScope<?, ?> member) {
        Class<?> owner = member.getDeclaringType().getErasedType();
        if (!owner.isRecord()) {
            return Integer.MAX_VALUE;
        }
        List<String> names = Arrays.stream(owner.getRecordComponents()).map(RecordComponent::getName).toList();
        int index = names.indexOf(member.getDeclaredName());
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
