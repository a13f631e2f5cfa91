package dev.seamless.devtools.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seamless.testsupport.ConsumerOffsets;
import dev.seamless.testsupport.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartition;

/**
 * A client of the running local system ({@code dev/run}), as a person at a terminal would use it: the services' REST
 * APIs with a token minted with the development key, and the broker's consumer-group offsets to know when the
 * services have applied what was published. The ports are the local run's, moved by the same variables.
 */
public final class LocalSystem implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final PrivateKey developmentKey;
    private final Admin admin;

    public LocalSystem(Path checkout) throws IOException {
        this.developmentKey = Tokens.readPrivateKey(checkout.resolve("dev/local-jwt/private.pem"));
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000));
    }

    public static String bootstrapServers() {
        return "127.0.0.1:" + LocalPort.KAFKA.value();
    }

    /** A bearer token for the person with the roles, signed with the development key. */
    public String token(String personId, String... roles) {
        return Tokens.mint(developmentKey, Tokens.ISSUER, personId, List.of(roles), 60);
    }

    /** An answer of a service: its status and its body as JSON (a missing node when the body is empty). */
    public record Answer(int status, JsonNode body, String text) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    public Answer get(LocalService service, String pathAndQuery, String token) {
        return send(HttpRequest.newBuilder(URI.create(service.baseUrl() + pathAndQuery)).GET(), token);
    }

    public Answer post(LocalService service, String path, Object body, String token) {
        try {
            return send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), token);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the request body", e);
        }
    }

    private Answer send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode body = text == null || text.isBlank() ? JSON.missingNode() : parse(text);
            return new Answer(response.statusCode(), body, text);
        } catch (IOException e) {
            return new Answer(-1, JSON.missingNode(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }

    /** Whether the service answers ready ({@code /q/health/ready}: its database and Kafka included). */
    public boolean ready(LocalService service) {
        return get(service, "/q/health/ready", null).status() == 200;
    }

    /**
     * Whether the consumer group has committed every record published so far to those of the topics it reads (the
     * partitions assigned to its members); true for a group that reads none of them.
     */
    public boolean consumedToEnd(String group, String... topics) {
        try {
            Set<String> wanted = Set.of(topics);
            List<TopicPartition> partitions = admin.describeConsumerGroups(List.of(group)).all().get().get(group)
                    .members().stream().flatMap(member -> member.assignment().topicPartitions().stream())
                    .filter(partition -> wanted.contains(partition.topic())).toList();
            return partitions.isEmpty() || ConsumerOffsets.committedToEnd(admin, group, partitions);
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Waits until the condition holds, looking every 200 ms.
     *
     * @throws IllegalStateException naming what did not happen within the patience
     */
    public static void await(String what, Duration patience, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not within " + patience.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
    }

    /**
     * Asks the service until its answer is a success that meets the expectation, and returns that answer's body.
     *
     * @throws IllegalStateException naming what did not happen and the last answer
     */
    public JsonNode awaitAnswer(LocalService service, String pathAndQuery, String token, String what,
            Duration patience, Predicate<JsonNode> expected) {
        Answer[] last = new Answer[1];
        try {
            await(what, patience, () -> {
                last[0] = get(service, pathAndQuery, token);
                return last[0].ok() && expected.test(last[0].body());
            });
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + " (GET " + service.baseUrl() + pathAndQuery
                    + " answered " + (last[0] == null ? "nothing" : last[0].status() + " " + last[0].text()) + ")");
        }
        return last[0].body();
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
