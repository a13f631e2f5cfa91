package dev.seamless.faults;

import dev.seamless.events.Topics;
import dev.seamless.events.directory.PersonUpdated;
import dev.seamless.events.envelope.EventCodec;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.Segment;
import dev.seamless.testsupport.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * One record of each kind that no service may apply, each under its own key so that its dead-letter copies can be
 * found: what a broken or hostile producer could put on the inbound topics.
 */
final class PoisonRecords {

    /** A poison record: where it goes, under which key, and why it is poison. */
    record Poison(String kind, String topic, String key) {
    }

    private PoisonRecords() {
    }

    /** Publishes them all and returns them. */
    static List<Poison> publish(String bootstrapServers) throws Exception {
        Map<Poison, byte[]> poisons = new LinkedHashMap<>();
        poisons.put(poison("not JSON", Topics.CRM_ACCOUNTS), bytes("this is not JSON {"));
        poisons.put(poison("JSON that is not a CloudEvent", Topics.CRM_ACCOUNTS), bytes("{\"hello\":\"world\"}"));
        poisons.put(poison("unknown type", Topics.CRM_ACCOUNTS), envelope("AccountDeleted", "{\"accountId\":\"x\"}"));
        Poison missing = poison("missing required field", Topics.CRM_ACCOUNTS);
        poisons.put(missing, envelope("AccountUpdated", account(missing.key(), "\"arr\":1,\"iacv\":1")
                .replace("\"segment\":\"SMB\",", "")));
        Poison wrongType = poison("wrong field type", Topics.CRM_ACCOUNTS);
        poisons.put(wrongType, envelope("AccountUpdated", account(wrongType.key(), "\"arr\":\"a lot\",\"iacv\":1")));
        Poison negative = poison("negative amount", Topics.CRM_ACCOUNTS);
        poisons.put(negative, envelope("AccountUpdated", account(negative.key(), "\"arr\":-5,\"iacv\":1")));
        Poison huge = poison("1e100000000", Topics.CRM_ACCOUNTS);
        poisons.put(huge, envelope("AccountUpdated", account(huge.key(), "\"arr\":1,\"iacv\":1e100000000")));
        byte[] twoMebibytes = new byte[2 * 1024 * 1024];
        Arrays.fill(twoMebibytes, (byte) 'x');
        poisons.put(poison("2 MiB value", Topics.CRM_ACCOUNTS), twoMebibytes);
        byte[] invalidUtf8 = envelope("AccountUpdated", account("placeholder", "\"arr\":1,\"iacv\":1"));
        Poison utf8 = poison("invalid UTF-8", Topics.CRM_ACCOUNTS);
        byte[] broken = new String(invalidUtf8, StandardCharsets.UTF_8).replace("placeholder", utf8.key() + "@@")
                .getBytes(StandardCharsets.UTF_8);
        int at = new String(broken, StandardCharsets.UTF_8).indexOf("@@");
        broken[at] = (byte) 0xC3;
        broken[at + 1] = (byte) 0x28;
        poisons.put(utf8, broken);
        poisons.put(poison("null value", Topics.CRM_ACCOUNTS), null);
        Poison wrongTopic = poison("type on the wrong topic", Topics.SUPPORT_INQUIRIES);
        poisons.put(wrongTopic, new EventCodec().encode(EventEnvelope.wrap(TestKafka.TEST_SOURCE,
                new PersonUpdated(wrongTopic.key(), "Mallory", "mallory@elsewhere.example", PersonRole.SA, "EMEA",
                        Segment.MID_MARKET, List.of(), null, null, true), Clock.systemUTC())));
        Poison wrongKey = poison("wrong key", Topics.CRM_ACCOUNTS);
        poisons.put(wrongKey, envelope("AccountUpdated", account("acct-someone-else", "\"arr\":1,\"iacv\":1")));

        allowLargeRecords(bootstrapServers, Topics.CRM_ACCOUNTS);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024), new StringSerializer(),
                new ByteArraySerializer())) {
            for (Map.Entry<Poison, byte[]> poison : poisons.entrySet()) {
                producer.send(new ProducerRecord<>(poison.getKey().topic(), poison.getKey().key(), poison.getValue()))
                        .get();
            }
        }
        return List.copyOf(poisons.keySet());
    }

    private static Poison poison(String kind, String topic) {
        return new Poison(kind, topic, "poison-" + kind.replaceAll("[^a-zA-Z0-9]+", "-") + "-" + UUID.randomUUID());
    }

    private static String account(String accountId, String money) {
        return "{\"accountId\":\"" + accountId + "\",\"name\":\"Poison Ltd\",\"segment\":\"SMB\",\"tier\":\"PREMIUM\","
                + money + ",\"aeId\":\"" + Journeys.AE + "\"}";
    }

    private static byte[] envelope(String type, String data) {
        return bytes("{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"urn:poison\","
                + "\"type\":\"" + type + "\",\"datacontenttype\":\"application/json\",\"data\":" + data + "}");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The topic takes records up to 4 MiB, so that the 2 MiB one reaches the consumers. */
    private static void allowLargeRecords(String bootstrapServers, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic),
                    List.of(new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                            Integer.toString(4 * 1024 * 1024)), AlterConfigOp.OpType.SET)))).all().get();
        }
    }
}
