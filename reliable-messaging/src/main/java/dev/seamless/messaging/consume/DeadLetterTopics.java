package dev.seamless.messaging.consume;

import dev.seamless.events.Topics;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Creates the dead-letter topic of every topic the service consumes ({@code <topic>.dlq}, as many partitions as the
 * topic) when the service starts, so that the first dead letter never waits for a topic that a broker without
 * automatic topic creation would not make. If they cannot be created (no permission, say), the service still starts
 * and says which ones an operator must create.
 */
@ApplicationScoped
public class DeadLetterTopics {

    private static final Logger LOG = Logger.getLogger(DeadLetterTopics.class);
    private static final String INCOMING_TOPIC = "^mp\\.messaging\\.incoming\\.[^.]+\\.topic$";

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    Config config;

    void createMissing(@Observes StartupEvent startup) {
        Set<String> consumed = consumedTopics();
        if (consumed.isEmpty()) {
            return;
        }
        Map<String, Object> adminConfig = new HashMap<>(kafkaConfig);
        adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        try (Admin admin = Admin.create(adminConfig)) {
            Set<String> existing = admin.listTopics().names().get(15, TimeUnit.SECONDS);
            Set<String> missing = consumed.stream().map(Topics::deadLetterOf).filter(dlq -> !existing.contains(dlq))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (missing.isEmpty()) {
                return;
            }
            Map<String, TopicDescription> sources = admin.describeTopics(consumed.stream()
                    .filter(existing::contains).toList()).allTopicNames().get(15, TimeUnit.SECONDS);
            List<NewTopic> topics = missing.stream().map(dlq -> new NewTopic(dlq,
                    Optional.ofNullable(sources.get(dlq.substring(0, dlq.length() - Topics.DEAD_LETTER_SUFFIX.length())))
                            .map(source -> source.partitions().size()), Optional.empty()))
                    .toList();
            admin.createTopics(topics).all().get(15, TimeUnit.SECONDS);
            LOG.infof("Created the dead-letter topics %s", missing);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                LOG.warnf("Could not create the dead-letter topics of %s (%s); create them, or dead letters will"
                        + " wait for them", consumed, e.getMessage());
            }
        } catch (TimeoutException e) {
            LOG.warnf("Could not create the dead-letter topics of %s (%s); create them, or dead letters will wait"
                    + " for them", consumed, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Set<String> consumedTopics() {
        return StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> name.matches(INCOMING_TOPIC))
                .map(name -> config.getValue(name, String.class))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
