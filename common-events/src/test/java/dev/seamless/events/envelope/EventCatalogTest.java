package dev.seamless.events.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seamless.events.SampleEvents;
import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.Topics;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.directory.PersonUpdated;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventCatalogTest {

    @Test
    void everyEventTravelsOnATopicOfTheContract() {
        Set<String> topics = new HashSet<>(Topics.INBOUND);
        topics.addAll(Topics.OUTBOUND);
        assertThat(EventCatalog.all()).allSatisfy(entry -> {
            assertThat(topics).contains(entry.topic());
            assertThat(entry.type()).isEqualTo(entry.dataClass().getSimpleName());
            assertThat(entry.dataClass().isRecord()).isTrue();
        });
        assertThat(EventCatalog.all().stream().map(EventCatalog.Entry::topic).collect(Collectors.toSet()))
                .as("no topic of the contract is without events")
                .containsExactlyInAnyOrderElementsOf(topics);
    }

    @Test
    void topicsOfTheDesign() {
        assertThat(EventCatalog.topicOf("AccountUpdated")).isEqualTo("crm.accounts");
        assertThat(EventCatalog.topicOf("OpportunityStageChanged")).isEqualTo("crm.opportunities");
        assertThat(EventCatalog.topicOf("TriageRequestSubmitted")).isEqualTo("crm.triage-requests");
        assertThat(EventCatalog.topicOf("PersonAvailabilityChanged")).isEqualTo("directory.people");
        assertThat(EventCatalog.topicOf("CustomerInquiryReceived")).isEqualTo("support.inquiries");
        assertThat(EventCatalog.topicOf("SAAssigned")).isEqualTo("triage.events");
        assertThat(EventCatalog.topicOf("TaskOverdue")).isEqualTo("handoff.events");
        assertThat(EventCatalog.topicOf("SlackChannelExpiring")).isEqualTo("slack.events");
        assertThat(EventCatalog.topicOf("NotificationFailed")).isEqualTo("notification.events");
        assertThat(Topics.deadLetterOf("crm.accounts")).isEqualTo("crm.accounts.dlq");
    }

    @Test
    void unknownTypesAreNotCatalogued() {
        assertThat(EventCatalog.byType("AccountDeleted")).isEmpty();
        assertThat(EventCatalog.byType("accountupdated")).as("types are case-sensitive").isEmpty();
        assertThatThrownBy(() -> EventCatalog.topicOf("AccountDeleted"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AccountDeleted");
        record Stray(String accountId) implements SeamlessEvent {
            @Override
            public String partitionKey() {
                return accountId;
            }
        }
        assertThatThrownBy(() -> EventCatalog.typeOf(new Stray("a"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wrapKeysAccountEventsByAccountAndDirectoryEventsByPerson() {
        Clock clock = Clock.fixed(Instant.parse("2026-02-12T08:00:00Z"), ZoneId.of("Europe/Berlin"));
        URI source = URI.create("/triage-service");

        EventEnvelope<AccountUpdated> account = EventEnvelope.wrap(source, SampleEvents.accountUpdated(), clock);
        EventEnvelope<PersonUpdated> person = EventEnvelope.wrap(source, SampleEvents.personUpdated(), clock);

        assertThat(account.key()).isEqualTo(SampleEvents.ACCOUNT).isEqualTo(account.subject());
        assertThat(account.topic()).isEqualTo(Topics.CRM_ACCOUNTS);
        assertThat(account.type()).isEqualTo("AccountUpdated");
        assertThat(account.time()).isEqualTo(OffsetDateTime.parse("2026-02-12T09:00:00+01:00"));
        assertThat(person.key()).isEqualTo("sa-ada");
        assertThat(person.topic()).isEqualTo(Topics.DIRECTORY_PEOPLE);
        assertThat(List.of(account.id(), person.id())).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("[0-9a-f-]{36}"));
    }
}
