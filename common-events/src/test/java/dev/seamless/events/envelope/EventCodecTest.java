package dev.seamless.events.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seamless.events.SampleEvents;
import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.crm.AccountClosed;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.crm.TriageRequestSubmitted;
import dev.seamless.events.triage.TriageRequestDeclined;
import dev.seamless.events.types.Segment;
import dev.seamless.events.types.Tier;
import dev.seamless.events.validation.Required;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventCodecTest {

    private static final URI SOURCE = URI.create("https://crm.example.com/salesforce");
    private static final OffsetDateTime TIME = OffsetDateTime.parse("2026-02-12T09:30:15.123+05:30");

    private final EventCodec codec = new EventCodec();

    // ---------------------------------------------------------------- structured mode

    @TestFactory
    Stream<DynamicTest> everyEventTypeSurvivesARoundTrip() {
        return SampleEvents.all().stream().map(sample -> DynamicTest.dynamicTest(sample.getClass().getSimpleName(),
                () -> {
                    EventEnvelope<SeamlessEvent> sent = new EventEnvelope<>("id-" + sample.getClass().getSimpleName(),
                            SOURCE, sample.getClass().getSimpleName(), TIME, sample.partitionKey(), sample);

                    EventEnvelope<SeamlessEvent> received = codec.decode(codec.encode(sent));

                    assertThat(received).isEqualTo(sent);
                    assertThat(received.data()).isInstanceOf(sample.getClass());
                }));
    }

    @Test
    void encodesAStructuredCloudEventWithTheDataAsAJsonObject() throws Exception {
        EventEnvelope<AccountUpdated> envelope = new EventEnvelope<>("5f1d7e2a-0000-4000-8000-000000000001", SOURCE,
                "AccountUpdated", TIME, SampleEvents.ACCOUNT, SampleEvents.accountUpdated());

        JsonNode json = EventJson.mapper().readTree(codec.encode(envelope));

        assertThat(json.path("specversion").asText()).isEqualTo("1.0");
        assertThat(json.path("id").asText()).isEqualTo("5f1d7e2a-0000-4000-8000-000000000001");
        assertThat(json.path("source").asText()).isEqualTo("https://crm.example.com/salesforce");
        assertThat(json.path("type").asText()).isEqualTo("AccountUpdated");
        assertThat(json.path("subject").asText()).isEqualTo(SampleEvents.ACCOUNT);
        assertThat(json.path("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(OffsetDateTime.parse(json.path("time").asText())).isEqualTo(TIME);
        assertThat(json.has("data_base64")).as("JSON data is embedded, not base64").isFalse();
        JsonNode data = json.path("data");
        assertThat(data.isObject()).isTrue();
        assertThat(data.path("segment").asText()).isEqualTo("MID_MARKET");
        assertThat(data.path("iacv").isNumber()).as("money is a JSON number").isTrue();
        assertThat(data.path("iacv").decimalValue()).isEqualByComparingTo("9999.99");
        assertThat(data.has("partitionKey")).as("helper methods are not data").isFalse();
    }

    @Test
    void decodesAHandWrittenStructuredEvent() {
        String json = """
                {"specversion":"1.0","id":"0b9d1c4e-7a61-4f0e-9d55-3c1b2a7e8f90","source":"salesforce/prod",
                 "type":"OpportunityStageChanged","time":"2026-02-12T16:04:05-08:00","subject":"001A",
                 "datacontenttype":"application/json",
                 "data":{"opportunityId":"006B","accountId":"001A","name":"Renewal 2026","orderType":"RENEWAL",
                         "fromStage":"5-Negotiating","toStage":"Closed Won","amount":125000,"iacv":0,
                         "closeDate":"2026-02-12","aeId":"ae-1"}}
                """;

        EventEnvelope<SeamlessEvent> envelope = codec.decode(utf8(json));

        assertThat(envelope.id()).isEqualTo("0b9d1c4e-7a61-4f0e-9d55-3c1b2a7e8f90");
        assertThat(envelope.source()).isEqualTo(URI.create("salesforce/prod"));
        assertThat(envelope.time()).isEqualTo(OffsetDateTime.of(2026, 2, 12, 16, 4, 5, 0, ZoneOffset.ofHours(-8)));
        assertThat(envelope.key()).isEqualTo("001A");
        assertThat(envelope.topic()).isEqualTo("crm.opportunities");
        OpportunityStageChanged data = (OpportunityStageChanged) envelope.data();
        assertThat(data.toStage()).isEqualTo("Closed Won");
        assertThat(data.amount()).isEqualByComparingTo("125000");
        assertThat(data.saId()).isNull();
        assertThat(data.povActive()).isNull();
        assertThat(data.currency()).as("absent: USD by convention").isNull();
    }

    // ---------------------------------------------------------------- binary mode

    @Test
    void decodesBinaryMode() {
        RecordHeaders headers = binaryHeaders("AccountClosed", "c3a4e5f6-1111-4222-8333-944455566677");
        headers.add("ce_subject", utf8(SampleEvents.ACCOUNT));
        byte[] value = utf8("""
                {"accountId":"%s","reason":"Contract not renewed","closedAt":"2026-03-31T23:59:59.5-05:00"}
                """.formatted(SampleEvents.ACCOUNT));

        EventEnvelope<SeamlessEvent> envelope = codec.decode(headers, value);

        assertThat(envelope.id()).isEqualTo("c3a4e5f6-1111-4222-8333-944455566677");
        assertThat(envelope.source()).isEqualTo(URI.create("/hr/workday"));
        assertThat(envelope.type()).isEqualTo("AccountClosed");
        assertThat(envelope.time()).isEqualTo(OffsetDateTime.parse("2026-02-12T08:00:00+01:00"));
        assertThat(envelope.time().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(envelope.subject()).isEqualTo(SampleEvents.ACCOUNT);
        assertThat(envelope.data()).isEqualTo(new AccountClosed(SampleEvents.ACCOUNT, "Contract not renewed",
                OffsetDateTime.of(2026, 3, 31, 23, 59, 59, 500_000_000, ZoneOffset.ofHours(-5))));
    }

    @Test
    void binaryModeIsValidatedLikeStructuredMode() {
        RecordHeaders headers = binaryHeaders("AccountClosed", "c3a4e5f6-1111-4222-8333-944455566678");
        byte[] value = utf8("{\"accountId\":\"001A\",\"closedAt\":\"2026-03-31T23:59:59Z\"}");

        assertThatThrownBy(() -> codec.decode(headers, value))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("data.reason is required");
    }

    @Test
    void binaryModeWithoutAnIdIsRejected() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", utf8("1.0"));
        headers.add("ce_source", utf8("/hr/workday"));
        headers.add("ce_type", utf8("AccountClosed"));
        headers.add("content-type", utf8("application/json"));
        byte[] value = utf8(json(SampleEvents.accountClosed()));

        assertThatThrownBy(() -> codec.decode(headers, value))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("not a valid CloudEvent")
                .hasMessageContaining("id");
    }

    @Test
    void binaryModeWithDataThatIsNotJsonIsRejected() {
        RecordHeaders headers = binaryHeaders("AccountClosed", "c3a4e5f6-1111-4222-8333-944455566679");

        assertThatThrownBy(() -> codec.decode(headers, utf8("accountId=001A;reason=gone")))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("AccountClosed")
                .hasMessageContaining("not valid JSON")
                .hasMessageNotContaining("REDACTED");
    }

    @Test
    void headersWithoutCeSpecversionMeanStructuredMode() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", utf8(EventCodec.STRUCTURED_CONTENT_TYPE));
        headers.add("traceparent", utf8("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
        EventEnvelope<SeamlessEvent> sent = envelope(SampleEvents.personUpdated());

        assertThat(codec.decode(headers, codec.encode(sent))).isEqualTo(sent);
    }

    // ---------------------------------------------------------------- forward compatibility

    @Test
    void unknownDataFieldsAreIgnored() {
        ObjectNode data = tree(SampleEvents.triageRequestDeclined());
        data.put("escalationLevel", 2);
        data.putObject("crmMetadata").put("lastModifiedBy", "005xx").putArray("tags").add("x");
        ((ObjectNode) data.withArray("reasons").get(0)).put("severity", "HIGH");

        EventEnvelope<SeamlessEvent> envelope = codec.decode(structured("TriageRequestDeclined", data, ""));

        assertThat(envelope.data()).isEqualTo(SampleEvents.triageRequestDeclined());
    }

    @Test
    void unknownEnvelopeExtensionsAreIgnored() {
        String extensions = """
                "traceparent":"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
                "partitionkey":"001A","sequence":42,"comexamplereplayed":true,"comexamplemeta":{"a":1},""";

        EventEnvelope<SeamlessEvent> envelope = codec.decode(
                structured("AccountClosed", tree(SampleEvents.accountClosed()), extensions));

        assertThat(envelope.data()).isEqualTo(SampleEvents.accountClosed());
        assertThat(envelope.id()).isEqualTo("evt-1");
    }

    @Test
    void unknownBinaryModeHeadersAreIgnored() {
        RecordHeaders headers = binaryHeaders("AccountClosed", "c3a4e5f6-1111-4222-8333-944455566680");
        headers.add("ce_traceparent", utf8("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
        headers.add("ce_comexamplereplayed", utf8("true"));
        headers.add("x-producer", utf8("salesforce-connector"));

        assertThat(codec.decode(headers, utf8(json(SampleEvents.accountClosed()))).data())
                .isEqualTo(SampleEvents.accountClosed());
    }

    // ---------------------------------------------------------------- validation

    @TestFactory
    Stream<DynamicTest> aMissingRequiredFieldIsNamed() {
        return SampleEvents.all().stream().map(sample -> DynamicTest.dynamicTest(sample.getClass().getSimpleName(),
                () -> {
                    String type = sample.getClass().getSimpleName();
                    List<Executable> checks = new ArrayList<>();
                    Arrays.stream(sample.getClass().getRecordComponents())
                            .filter(c -> c.isAnnotationPresent(Required.class))
                            .forEach(component -> checks.add(() -> {
                                ObjectNode data = tree(sample);
                                data.remove(component.getName());
                                assertThatThrownBy(() -> codec.decode(structured(type, data, "")))
                                        .as("%s without %s", type, component.getName())
                                        .isInstanceOf(InvalidEventException.class)
                                        .hasMessageContaining("data." + component.getName() + " is required");
                            }));
                    assertThat(checks).isNotEmpty();
                    assertAll(checks);
                }));
    }

    @Test
    void nullAndBlankCountAsMissing() {
        ObjectNode data = tree(SampleEvents.accountUpdated());
        data.putNull("accountId");
        data.put("aeId", "   ");

        assertThatThrownBy(() -> codec.decode(structured("AccountUpdated", data, "")))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("evt-1")
                .hasMessageContaining("data.accountId is required")
                .hasMessageContaining("data.aeId is required");
    }

    @Test
    void aMissingFieldOfANestedRecordIsNamedWithItsPath() {
        ObjectNode data = tree(SampleEvents.triageRequestDeclined());
        ((ObjectNode) data.withArray("reasons").get(1)).remove("rule");

        assertThatThrownBy(() -> codec.decode(structured("TriageRequestDeclined", data, "")))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("data.reasons[1].rule is required");
    }

    @Test
    void anEmptyRequiredListCountsAsMissing() {
        ObjectNode data = tree(SampleEvents.triageRequestQualified());
        data.putArray("reasons");

        assertThatThrownBy(() -> codec.decode(structured("TriageRequestQualified", data, "")))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("data.reasons is required");
    }

    @Test
    void aNullInsideAListIsRejected() {
        ObjectNode data = tree(SampleEvents.triageRequestSubmitted());
        data.putArray("attendees").add("cto@acme-robotics.example").addNull();

        assertThatThrownBy(() -> codec.decode(structured("TriageRequestSubmitted", data, "")))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("data.attendees[1] must not be null");
    }

    @Test
    void aWrongEnumValueNamesTheFieldAndTheAcceptedValues() {
        ObjectNode data = tree(SampleEvents.accountUpdated());
        data.put("segment", "ENTERPRISE");

        assertThatThrownBy(() -> codec.decode(structured("AccountUpdated", data, "")))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("data.segment")
                .hasMessageContaining("ENTERPRISE")
                .hasMessageContaining("SMB, MID_MARKET, NAMED");
    }

    @Test
    void aWrongTierNamesTheAliasesToo() {
        ObjectNode data = tree(SampleEvents.triageRequestSubmitted());
        data.put("tier", "PLATINUM");

        assertThatThrownBy(() -> codec.decode(structured("TriageRequestSubmitted", data, "")))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("data.tier")
                .hasMessageContaining("FREE, STARTER, PREMIUM, ULTIMATE")
                .hasMessageContaining("BRONZE")
                .hasMessageContaining("SILVER")
                .hasMessageContaining("GOLD");
    }

    @Test
    void aWrongOrderTypeNamesTheAcceptedValues() {
        ObjectNode data = tree(SampleEvents.opportunityStageChanged());
        data.put("orderType", "upsell");

        assertThatThrownBy(() -> codec.decode(structured("OpportunityStageChanged", data, "")))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("data.orderType")
                .hasMessageContaining("FIRST_ORDER, GROWTH, RENEWAL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "-48000"})
    void aNegativeAmountIsRejected(String amount) {
        ObjectNode data = tree(SampleEvents.opportunityStageChanged());
        data.put("amount", new BigDecimal(amount));

        assertThatThrownBy(() -> codec.decode(structured("OpportunityStageChanged", data, "")))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("data.amount must not be negative");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.01", "12000.000", "99999999999999999.99", "1E+16"})
    void anAmountWithinSeventeenDigitsAndTwoDecimalsIsAccepted(String amount) {
        ObjectNode data = tree(SampleEvents.opportunityStageChanged());
        data.put("amount", new BigDecimal(amount));

        EventEnvelope<SeamlessEvent> event = codec.decode(structured("OpportunityStageChanged", data, ""));

        assertThat(((OpportunityStageChanged) event.data()).amount()).isEqualByComparingTo(amount);
    }

    @ParameterizedTest
    @ValueSource(strings = {"100000000000000000", "99999999999999999.999", "0.001", "1e100000000", "1e-100000000"})
    void anAmountBeyondSeventeenDigitsOrTwoDecimalsIsRejected(String amount) {
        String json = new String(structured("OpportunityStageChanged", tree(SampleEvents.opportunityStageChanged()),
                ""), StandardCharsets.UTF_8).replaceFirst("\"amount\"\\s*:\\s*[0-9.eE+-]+", "\"amount\":" + amount);

        assertThatThrownBy(() -> codec.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("data.amount must be an amount with at most 17 digits before the decimal point"
                        + " and 2 after it");
    }

    @Test
    void freeTextThatServicesCopyIntoTheirEventsIsBoundedAtItsLimit() {
        ObjectNode atTheLimit = tree(SampleEvents.accountClosed());
        atTheLimit.put("reason", "r".repeat(2000));
        ObjectNode overTheLimit = tree(SampleEvents.accountClosed());
        overTheLimit.put("reason", "r".repeat(2001));

        assertThat(((AccountClosed) codec.decode(structured("AccountClosed", atTheLimit, "")).data()).reason())
                .hasSize(2000);
        assertThatThrownBy(() -> codec.decode(structured("AccountClosed", overTheLimit, "")))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("data.reason must have at most 2000 characters (had 2001)");
    }

    @Test
    void negativeCountsAreRejectedToo() {
        ObjectNode data = tree(SampleEvents.personUpdated());
        data.put("capacity", -3);

        assertThatThrownBy(() -> codec.decode(structured("PersonUpdated", data, "")))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("data.capacity must not be negative");
    }

    @Test
    void aValueOfTheWrongJsonTypeNamesTheField() {
        ObjectNode data = tree(SampleEvents.opportunityStageChanged());
        data.put("amount", "a lot");

        assertThatThrownBy(() -> codec.decode(structured("OpportunityStageChanged", data, "")))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("data.amount");
    }

    @Test
    void aTimestampThatIsNotIso8601NamesTheField() {
        ObjectNode data = tree(SampleEvents.accountClosed());
        data.put("closedAt", "31/03/2026 17:45");

        assertThatThrownBy(() -> codec.decode(structured("AccountClosed", data, "")))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("data.closedAt");
    }

    @Test
    void aTimestampWithoutOffsetIsRejectedInDataAndEnvelope() {
        ObjectNode data = tree(SampleEvents.accountClosed());
        data.put("closedAt", "2026-03-31T17:45:00");
        assertThatThrownBy(() -> codec.decode(structured("AccountClosed", data, "")))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("data.closedAt");

        String noOffsetTime = "\"time\":\"2026-03-31T17:45:00\",";
        String json = new String(structured("AccountClosed", tree(SampleEvents.accountClosed()), ""),
                StandardCharsets.UTF_8).replace("\"time\":\"2026-02-12T09:30:00+01:00\",", noOffsetTime);
        assertThat(json).contains(noOffsetTime);
        assertThatThrownBy(() -> codec.decode(utf8(json)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith("not a valid CloudEvent")
                .hasMessageContaining("time");
    }

    @Test
    void anUnknownEventTypeIsRejected() {
        assertThatThrownBy(() -> codec.decode(structured("AccountDeleted", tree(SampleEvents.accountClosed()), "")))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("unknown event type 'AccountDeleted'");
    }

    @Test
    void anEventWithoutDataIsRejected() {
        String json = """
                {"specversion":"1.0","id":"evt-9","source":"/crm","type":"AccountClosed"}""";

        assertThatThrownBy(() -> codec.decode(utf8(json)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("data is missing");
    }

    static Stream<Arguments> garbage() {
        return Stream.of(
                Arguments.of("this is not JSON at all", "Unrecognized token 'this'"),
                Arguments.of("{\"specversion\":\"1.0\",\"id\":", "end-of-input"),
                Arguments.of("[1,2,3]", "Array"),
                Arguments.of("42", "Integer"),
                Arguments.of("{}", "specversion"),
                Arguments.of("{\"id\":\"e\",\"source\":\"/crm\",\"type\":\"AccountClosed\",\"data\":{}}", "specversion"),
                Arguments.of("{\"specversion\":\"1.0\",\"source\":\"/crm\",\"type\":\"AccountClosed\",\"data\":{}}",
                        "id"),
                Arguments.of("{\"specversion\":\"1.0\",\"id\":\"e\",\"type\":\"AccountClosed\",\"data\":{}}", "source"),
                Arguments.of("{\"specversion\":\"9.9\",\"id\":\"e\",\"source\":\"/crm\",\"type\":\"AccountClosed\"}",
                        "9.9"),
                Arguments.of("{\"specversion\":\"1.0\",\"id\":\"e\",\"source\":\"/crm\",\"type\":\"AccountClosed\","
                        + "\"time\":\"yesterday\"}", "yesterday"),
                Arguments.of("{\"specversion\":\"1.0\",\"id\":7,\"source\":\"/crm\",\"type\":\"AccountClosed\"}", "id"));
    }

    @ParameterizedTest
    @MethodSource("garbage")
    void garbageIsRejectedWithAClearMessage(String value, String explanation) {
        assertThatThrownBy(() -> codec.decode(new RecordHeaders(), utf8(value)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith("not a valid CloudEvent: ")
                .hasMessageContaining(explanation)
                .hasMessageNotContaining("REDACTED");
    }

    @Test
    void theDeserializerForPlainKafkaClientsRejectsGarbageAsASerializationException() {
        try (CloudEventDeserializer deserializer = new CloudEventDeserializer()) {
            assertThatThrownBy(() -> deserializer.deserialize("crm.accounts", new RecordHeaders(), utf8("<xml/>")))
                    .isInstanceOf(SerializationException.class)
                    .hasMessageStartingWith("not a valid CloudEvent")
                    .hasCauseInstanceOf(InvalidEventException.class);
            assertThat(deserializer.deserialize("crm.accounts", new RecordHeaders(), (byte[]) null)).isNull();
        }
    }

    @Test
    void theSerializerForPlainKafkaClientsWritesStructuredModeThatReadsBack() {
        EventEnvelope<SeamlessEvent> sent = envelope(SampleEvents.accountUpdated());
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", utf8("application/json"));
        byte[] value;
        try (CloudEventSerializer serializer = new CloudEventSerializer()) {
            value = serializer.serialize("crm.accounts", headers, sent);
        }

        assertThat(headers.headers("content-type")).singleElement()
                .satisfies(h -> assertThat(new String(h.value(), StandardCharsets.UTF_8))
                        .isEqualTo("application/cloudevents+json"));
        try (CloudEventDeserializer deserializer = new CloudEventDeserializer()) {
            assertThat(deserializer.deserialize("crm.accounts", headers, value)).isEqualTo(sent);
        }
    }

    @Test
    void anEmptyRecordIsRejected() {
        assertThatThrownBy(() -> codec.decode(new RecordHeaders(), new byte[0]))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("empty record");
        assertThatThrownBy(() -> codec.decode(null))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("empty record");
    }

    // ---------------------------------------------------------------- lenient enums

    @ParameterizedTest
    @CsvSource({
            "SILVER, PREMIUM",
            "silver, PREMIUM",
            "GOLD, ULTIMATE",
            "Gold, ULTIMATE",
            "premium, PREMIUM",
            "' Ultimate ', ULTIMATE",
            "free, FREE",
            "BRONZE, STARTER",
            "Starter, STARTER"
    })
    void tierAliasesAndCaseAreAccepted(String sent, Tier expected) {
        ObjectNode data = tree(SampleEvents.accountUpdated());
        data.put("tier", sent);

        AccountUpdated decoded = (AccountUpdated) codec.decode(structured("AccountUpdated", data, "")).data();

        assertThat(decoded.tier()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "mid-market, MID_MARKET",
            "Mid Market, MID_MARKET",
            "MID_MARKET, MID_MARKET",
            "smb, SMB",
            "Named, NAMED"
    })
    void segmentsAreReadCaseInsensitively(String sent, Segment expected) {
        ObjectNode data = tree(SampleEvents.triageRequestSubmitted());
        data.put("segment", sent);
        data.put("activity", "technical question");
        data.put("orderType", "First-Order");

        TriageRequestSubmitted decoded = (TriageRequestSubmitted) codec
                .decode(structured("TriageRequestSubmitted", data, "")).data();

        assertThat(decoded.segment()).isEqualTo(expected);
        assertThat(decoded.activity().name()).isEqualTo("TECHNICAL_QUESTION");
        assertThat(decoded.orderType().name()).isEqualTo("FIRST_ORDER");
    }

    @Test
    void enumsAreWrittenCanonically() throws Exception {
        ObjectNode data = tree(SampleEvents.accountUpdated());
        data.put("tier", "gold");
        data.put("segment", "mid-market");
        EventEnvelope<SeamlessEvent> decoded = codec.decode(structured("AccountUpdated", data, ""));

        JsonNode reencoded = EventJson.mapper().readTree(codec.encode(decoded)).path("data");

        assertThat(reencoded.path("tier").asText()).isEqualTo("ULTIMATE");
        assertThat(reencoded.path("segment").asText()).isEqualTo("MID_MARKET");
    }

    // ---------------------------------------------------------------- time and money

    @Test
    void timestampOffsetsArePreserved() {
        ObjectNode data = tree(SampleEvents.triageRequestSubmitted());
        data.put("requestedFor", "2026-02-12T15:00:00.250+09:30");
        data.putArray("preferredDates").add("2026-02-12T15:00:00-03:00").add("2026-02-13T10:30:00Z");
        String envelope = """
                {"specversion":"1.0","id":"evt-t","source":"/crm","type":"TriageRequestSubmitted",
                 "time":"2026-02-11T23:15:00.123456789-07:00","datacontenttype":"application/json","data":%s}
                """.formatted(data);

        EventEnvelope<SeamlessEvent> decoded = codec.decode(utf8(envelope));
        TriageRequestSubmitted submitted = (TriageRequestSubmitted) decoded.data();

        assertThat(decoded.time()).isEqualTo(
                OffsetDateTime.of(2026, 2, 11, 23, 15, 0, 123_456_789, ZoneOffset.ofHours(-7)));
        assertThat(submitted.requestedFor()).isEqualTo(
                OffsetDateTime.of(2026, 2, 12, 15, 0, 0, 250_000_000, ZoneOffset.ofHoursMinutes(9, 30)));
        assertThat(submitted.preferredDates()).containsExactly(
                OffsetDateTime.of(2026, 2, 12, 15, 0, 0, 0, ZoneOffset.ofHours(-3)),
                OffsetDateTime.of(2026, 2, 13, 10, 30, 0, 0, ZoneOffset.UTC));

        EventEnvelope<SeamlessEvent> again = codec.decode(codec.encode(decoded));
        assertThat(again.time().getOffset()).isEqualTo(ZoneOffset.ofHours(-7));
        assertThat(((TriageRequestSubmitted) again.data()).requestedFor().getOffset())
                .isEqualTo(ZoneOffset.ofHoursMinutes(9, 30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999.99", "0.10", "12345678901234567.89", "1E+3", "100"})
    void moneyIsExact(String amount) throws Exception {
        String json = new String(codec.encode(envelope(SampleEvents.opportunityStageChanged())),
                StandardCharsets.UTF_8).replace("\"amount\":48000.50", "\"amount\":" + amount);
        assertThat(json).contains("\"amount\":" + amount);

        OpportunityStageChanged decoded = (OpportunityStageChanged) codec.decode(utf8(json)).data();

        assertThat(decoded.amount()).isEqualByComparingTo(new BigDecimal(amount));
        JsonNode written = EventJson.mapper().readTree(codec.encode(envelope(decoded))).path("data").path("amount");
        assertThat(written.isNumber()).isTrue();
        assertThat(written.decimalValue()).isEqualByComparingTo(new BigDecimal(amount));
    }

    @Test
    void moneyIsExactInBinaryModeToo() {
        RecordHeaders headers = binaryHeaders("OpportunityStageChanged", "c3a4e5f6-1111-4222-8333-944455566681");
        String data = json(SampleEvents.opportunityStageChanged())
                .replace("\"amount\":48000.50", "\"amount\":12345678901234567.89");
        assertThat(data).contains("12345678901234567.89");
        byte[] value = utf8(data);

        OpportunityStageChanged decoded = (OpportunityStageChanged) codec.decode(headers, value).data();

        assertThat(decoded.amount()).isEqualTo(new BigDecimal("12345678901234567.89"));
    }

    @Test
    void moneyKeepsItsCentsThroughARoundTrip() {
        EventEnvelope<SeamlessEvent> decoded = codec.decode(codec.encode(envelope(SampleEvents.accountUpdated())));
        AccountUpdated account = (AccountUpdated) decoded.data();

        assertThat(account.iacv()).isEqualTo(new BigDecimal("9999.99"));
        assertThat(account.arr()).isEqualTo(new BigDecimal("184500.00"));
        assertThat(account.iacv().doubleValue()).isEqualTo(9999.99);
    }

    @Test
    void plainNumbersNeverBecomeScientificNotation() {
        AccountUpdated account = SampleEvents.accountUpdated();
        AccountUpdated big = new AccountUpdated(account.accountId(), account.name(), account.segment(),
                account.tier(), new BigDecimal("1.5E+6"), new BigDecimal("2E+3"), account.employees(),
                account.region(), account.aeId(), account.saId(), account.csmId(), account.currency(),
                account.contactName(), account.contactEmail());

        String json = new String(codec.encode(envelope(big)), StandardCharsets.UTF_8);

        assertThat(json).contains("\"arr\":1500000").contains("\"iacv\":2000").doesNotContain("E+");
    }

    // ---------------------------------------------------------------- helpers

    private static EventEnvelope<SeamlessEvent> envelope(SeamlessEvent data) {
        return new EventEnvelope<>("evt-" + data.getClass().getSimpleName(), SOURCE, data.getClass().getSimpleName(),
                TIME, data.partitionKey(), data);
    }

    private static RecordHeaders binaryHeaders(String type, String id) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", utf8("1.0"));
        headers.add("ce_id", utf8(id));
        headers.add("ce_source", utf8("/hr/workday"));
        headers.add("ce_type", utf8(type));
        headers.add("ce_time", utf8("2026-02-12T08:00:00+01:00"));
        headers.add("content-type", utf8("application/json"));
        return headers;
    }

    /** A structured-mode document written by hand, with {@code extraAttributes} (ending in a comma) spliced in. */
    private static byte[] structured(String type, JsonNode data, String extraAttributes) {
        return utf8("""
                {"specversion":"1.0","id":"evt-1","source":"/crm/salesforce","type":"%s",%s
                 "time":"2026-02-12T09:30:00+01:00","datacontenttype":"application/json","data":%s}
                """.formatted(type, extraAttributes, data));
    }

    private static ObjectNode tree(SeamlessEvent event) {
        return EventJson.mapper().valueToTree(event);
    }

    private static String json(SeamlessEvent event) {
        try {
            return EventJson.mapper().writeValueAsString(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
