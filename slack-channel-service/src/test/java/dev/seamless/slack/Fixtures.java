package dev.seamless.slack;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.Topics;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.directory.PersonUpdated;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.events.slack.SlackChannelRequested;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.Segment;
import dev.seamless.events.types.Tier;
import dev.seamless.slack.crm.Account;
import dev.seamless.slack.crm.AccountFacts;
import dev.seamless.slack.crm.Opportunity;
import dev.seamless.slack.directory.Person;
import dev.seamless.testsupport.TestKafka;
import dev.seamless.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.ConfigProvider;

/** The CRM, the people directory and the API as the tests drive them, and waits for their effects. */
final class Fixtures {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String API = "/api/slack-channels";

    private Fixtures() {
    }

    static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String token(String personId, String role) {
        return Tokens.forTest(personId, role);
    }

    static String admin() {
        return Tokens.forTest("admin-1", "ADMIN");
    }

    // --- the CRM and the directory

    /** Publishes the account and waits until the service has applied it. */
    static void account(String accountId, Tier tier, String iacv, String arr, String saId, String csmId) {
        TestKafka.publish(new AccountUpdated(accountId, "Acme " + accountId, Segment.MID_MARKET, tier,
                new BigDecimal(arr), new BigDecimal(iacv), 250, "EMEA", "ae-1", saId, csmId, null, null, null));
        awaitAccount(accountId, facts -> facts.tier() == tier && Objects.equals(facts.csmId(), csmId)
                && facts.iacv().compareTo(new BigDecimal(iacv)) == 0);
    }

    static OpportunityStageChanged opportunity(String opportunityId, String accountId, OrderType orderType,
            String stage, String saId, boolean povActive) {
        return new OpportunityStageChanged(opportunityId, accountId, "Evaluation " + opportunityId, orderType,
                "2-Scoping", stage, new BigDecimal("40000"), new BigDecimal("40000"), LocalDate.now().plusMonths(2),
                "ae-1", saId, povActive, null, null);
    }

    /** Publishes the opportunity's stage and waits until the service has applied it. */
    static void publishOpportunity(OpportunityStageChanged opportunity) {
        TestKafka.publish(opportunity);
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(() -> Opportunity
                .<Opportunity>findByIdOptional(opportunity.opportunityId())
                .filter(known -> known.stage.equals(opportunity.toStage())).isPresent()));
    }

    /** Publishes a person with a Slack user id and waits until the service knows them. */
    static void person(String personId, PersonRole role, String slackUserId) {
        TestKafka.publish(new PersonUpdated(personId, "Person " + personId, personId + "@seamless.example", role,
                "EMEA", Segment.MID_MARKET, List.of(), null, slackUserId, true));
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Person.findById(personId) != null));
    }

    static AccountFacts awaitAccount(String accountId, Predicate<AccountFacts> condition) {
        return await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(
                () -> Account.<Account>findByIdOptional(accountId).map(Account::facts).filter(condition)),
                Optional::isPresent).get();
    }

    // --- the API

    static String requestChannel(String token, Map<String, Object> body) {
        return request(token, body).statusCode(201).extract().path("id");
    }

    static ValidatableResponse request(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(API).then();
    }

    static ValidatableResponse approve(String channelId, String token) {
        return given().auth().oauth2(token).post(API + "/" + channelId + "/approve").then();
    }

    static ValidatableResponse reject(String channelId, String token, String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post(API + "/" + channelId + "/reject").then();
    }

    /** The caller (an admin) approves explicitly on the approver's behalf. */
    static ValidatableResponse approveOnBehalf(String channelId, String token, String onBehalfOf) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("onBehalfOf", onBehalfOf))
                .post(API + "/" + channelId + "/approve").then();
    }

    static ValidatableResponse rejectOnBehalf(String channelId, String token, String onBehalfOf, String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("reason", reason, "onBehalfOf", onBehalfOf))
                .post(API + "/" + channelId + "/reject").then();
    }

    static ValidatableResponse view(String channelId) {
        return given().auth().oauth2(admin()).get(API + "/" + channelId).then().statusCode(200);
    }

    static String status(String channelId) {
        return view(channelId).extract().path("status");
    }

    static void awaitStatus(String channelId, String status) {
        await().atMost(PATIENCE).until(() -> status(channelId), status::equals);
    }

    /**
     * An approved ephemeral channel for a first order in evaluation, created in (fake) Slack: the account must be
     * known; the opportunity's SA approves.
     */
    static String activeEphemeralChannel(String accountId, String opportunityId, String saId, Runnable provision) {
        person(saId, PersonRole.SA, "U" + saId);
        publishOpportunity(opportunity(opportunityId, accountId, OrderType.FIRST_ORDER, "3-Technical Evaluation", saId,
                false));
        String channelId = requestChannel(token("ae-1", "AE"), Map.of("accountId", accountId, "kind", "EPHEMERAL",
                "opportunityId", opportunityId, "purpose", "evaluation"));
        approve(channelId, token(saId, "SA")).statusCode(200);
        provision.run();
        awaitStatus(channelId, "ACTIVE");
        return channelId;
    }

    // --- what the service published

    /**
     * Every event the service has published for the account so far, late duplicates included: a marker event of the
     * same account is made first (a request for an opportunity nobody knows, which the rules reject) and awaited.
     * The outbox publishes an account's events in commit order, so once the marker is out, every event committed
     * before it is out too.
     */
    static PublishedEvents eventsOf(String accountId) {
        String marker = requestChannel(token("ae-1", "AE"), Map.of("accountId", accountId, "kind", "EPHEMERAL",
                "opportunityId", newId("marker-opp")));
        return new PublishedEvents(await().atMost(PATIENCE).until(() -> TestKafka.events(Topics.SLACK_EVENTS),
                events -> events.stream().anyMatch(event -> event.data() instanceof SlackChannelRequested requested
                        && requested.channelId().equals(marker))));
    }

    /** What was on slack.events at one moment. */
    record PublishedEvents(List<EventEnvelope<SeamlessEvent>> events) {

        <T extends SeamlessEvent> List<T> of(Class<T> type, Predicate<T> filter) {
            return events.stream().map(EventEnvelope::data).filter(type::isInstance).map(type::cast).filter(filter)
                    .toList();
        }
    }

    // --- the fake Slack

    static WireMock slack() {
        URI baseUrl = URI.create(ConfigProvider.getConfig().getValue("seamless.slack.base-url",
                String.class));
        return new WireMock(baseUrl.getHost(), baseUrl.getPort());
    }
}
