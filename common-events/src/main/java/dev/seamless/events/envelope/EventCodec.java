package dev.seamless.events.envelope;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.validation.EventValidator;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.kafka.common.header.Headers;

/**
 * Turns events into CloudEvents 1.0 structured-mode JSON and reads them back from Kafka records in structured mode
 * (the JSON envelope as the value) or binary mode ({@code ce_*} headers, JSON data as the value). Reading validates
 * the envelope, the type and every required field, and fails with an {@link InvalidEventException} that names what
 * is wrong.
 */
public final class EventCodec {

    /** Content type of a structured-mode CloudEvent; set as the {@code content-type} header of records we write. */
    public static final String STRUCTURED_CONTENT_TYPE = JsonFormat.CONTENT_TYPE;
    private static final String DATA_CONTENT_TYPE = "application/json";
    private static final String BINARY_MODE_MARKER_HEADER = "ce_specversion";

    /**
     * Reads structured-mode envelopes. The SDK's {@link JsonFormat} buffers the envelope as a tree with its own
     * mapper, which turns decimals into doubles (12345678901234567.89 became 12345678901234568, 184500.00 became
     * 184500.0); this mapper keeps them exact.
     */
    private static final ObjectMapper ENVELOPE_READER = JsonMapper.builder()
            .addModule(JsonFormat.getCloudEventJacksonModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final JsonFormat format = new JsonFormat();
    private final ObjectMapper mapper = EventJson.mapper();

    /** @return the structured-mode CloudEvent JSON of the envelope */
    public byte[] encode(EventEnvelope<?> envelope) {
        byte[] data;
        try {
            data = mapper.writeValueAsBytes(envelope.data());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the data of " + envelope.type(), e);
        }
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(envelope.id())
                .withSource(envelope.source())
                .withType(envelope.type())
                .withDataContentType(DATA_CONTENT_TYPE)
                .withData(data);
        if (envelope.time() != null) {
            builder.withTime(envelope.time());
        }
        if (envelope.subject() != null) {
            builder.withSubject(envelope.subject());
        }
        return format.serialize(builder.build());
    }

    /** Reads a structured-mode CloudEvent JSON document. */
    public EventEnvelope<SeamlessEvent> decode(byte[] structuredJson) {
        return decode(null, structuredJson);
    }

    /** Reads a Kafka record value, in binary mode when the headers carry {@code ce_specversion}, else structured. */
    public EventEnvelope<SeamlessEvent> decode(Headers headers, byte[] value) {
        CloudEvent cloudEvent = readCloudEvent(headers, value);
        EventCatalog.Entry entry = EventCatalog.byType(cloudEvent.getType())
                .orElseThrow(() -> new InvalidEventException("unknown event type '" + cloudEvent.getType() + "'"));
        SeamlessEvent data = readData(cloudEvent, entry);
        List<String> violations = EventValidator.violations((Record) data);
        if (!violations.isEmpty()) {
            throw new InvalidEventException(entry.type() + " " + cloudEvent.getId() + ": "
                    + violations.stream().map(v -> "data." + v).collect(Collectors.joining("; ")));
        }
        return new EventEnvelope<>(cloudEvent.getId(), cloudEvent.getSource(), cloudEvent.getType(),
                cloudEvent.getTime(), cloudEvent.getSubject(), data);
    }

    private CloudEvent readCloudEvent(Headers headers, byte[] value) {
        if (value == null || value.length == 0) {
            throw new InvalidEventException("empty record: expected a CloudEvent");
        }
        try {
            if (headers != null && headers.lastHeader(BINARY_MODE_MARKER_HEADER) != null) {
                return KafkaMessageFactory.createReader(headers, value).toEvent();
            }
            return ENVELOPE_READER.readValue(value, CloudEvent.class);
        } catch (IOException | CloudEventRWException | IllegalStateException | IllegalArgumentException e) {
            throw new InvalidEventException("not a valid CloudEvent: " + rootMessage(e), e);
        }
    }

    private SeamlessEvent readData(CloudEvent cloudEvent, EventCatalog.Entry entry) {
        CloudEventData data = cloudEvent.getData();
        if (data == null) {
            throw new InvalidEventException(entry.type() + " " + cloudEvent.getId() + ": data is missing");
        }
        try {
            return mapper.readValue(data.toBytes(), entry.dataClass());
        } catch (JsonMappingException e) {
            throw new InvalidEventException(entry.type() + " " + cloudEvent.getId() + ": " + describe(e), e);
        } catch (IOException e) {
            throw new InvalidEventException(entry.type() + " " + cloudEvent.getId() + ": data is not valid JSON: "
                    + rootMessage(e), e);
        }
    }

    private static String describe(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : null;
        String problem = cause != null ? cause.getMessage() : e.getOriginalMessage();
        return "data" + path + ": " + problem;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root instanceof JsonProcessingException json ? json.getOriginalMessage() : root.getMessage();
        return message != null ? message : root.getClass().getSimpleName();
    }
}
