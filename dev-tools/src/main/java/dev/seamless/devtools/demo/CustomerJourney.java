package dev.seamless.devtools.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seamless.devtools.client.LocalService;
import dev.seamless.devtools.client.LocalSystem;
import dev.seamless.devtools.client.LocalSystem.Answer;
import dev.seamless.devtools.publish.EventPublisher;
import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.envelope.EventCodec;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.events.envelope.InvalidEventException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * {@code dev/demo}: one customer's journey through the running local system, step by step. It publishes what the
 * CRM, the people directory and the support desk would, and calls the APIs as the AE and the SA would; after each
 * step it prints what each service decided and why, every rule, reason and input read from the services' APIs, and
 * where the mails are. Each run plays a new account, so it can be run again against the same {@code dev/run}.
 */
public final class CustomerJourney {

    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId CUSTOMER_ZONE = ZoneId.of("Europe/Berlin");
    private static final String AE = "ae-mila";
    private static final String SECURITY_SA = "sa-farah";
    private static final String ACCOUNT_SA = "sa-jonas";
    private static final String OTHER_SA = "sa-diego";
    private static final String CSM = "csm-priya";
    private static final String CONTACT = "lena.vogt@kestrel-payments.example";

    private final Path checkout;
    private final LocalSystem system;
    private final EventPublisher publisher;
    private final EventCodec codec = new EventCodec();
    private final String accountId;
    private final String opportunityId;
    private final String demoRequestId;
    private final String povRequestId;
    private final String aeToken;
    private String channelId;
    private int step;

    private CustomerJourney(Path checkout, LocalSystem system, EventPublisher publisher, String run) {
        this.checkout = checkout;
        this.system = system;
        this.publisher = publisher;
        this.accountId = "acct-" + run;
        this.opportunityId = "opp-" + run;
        this.demoRequestId = "sf-req-" + run + "-1";
        this.povRequestId = "sf-req-" + run + "-2";
        this.aeToken = system.token(AE, "AE");
    }

    public static void main(String[] args) throws Exception {
        Path checkout = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        String run = Long.toString(System.currentTimeMillis() / 1000 % 100_000);
        try (LocalSystem system = new LocalSystem(checkout); EventPublisher publisher = EventPublisher.toLocalRun()) {
            for (LocalService service : LocalService.values()) {
                if (!system.ready(service)) {
                    System.err.println(service.module() + " does not answer ready at " + service.baseUrl()
                            + "/q/health/ready: start the system first with dev/run");
                    System.exit(1);
                }
            }
            CustomerJourney journey = new CustomerJourney(checkout, system, publisher, run);
            journey.play();
        } catch (IllegalStateException e) {
            System.err.println();
            System.err.println("The journey stopped: " + e.getMessage());
            System.err.println("The services' logs are in .run/logs/.");
            System.exit(1);
        }
    }

    private void play() throws IOException {
        System.out.println("A customer's journey through Seamless: Kestrel Payments GmbH (account " + accountId
                + "), a first order of $64,000.");
        thePeopleAndTheAccount();
        anSaRequestAssignedByExpertise();
        aPovAndItsSlackChannel();
        theDealCloses();
        theCustomerWritesToTheSa();
        System.out.println();
        System.out.println("The end. Every mail of this journey: GET " + LocalService.NOTIFICATION.baseUrl()
                + "/api/notifications?accountId=" + accountId + ", and the files in .run/mail/.");
    }

    // --- step 1 ---------------------------------------------------------------------------------------------------

    private void thePeopleAndTheAccount() {
        heading("The people directory describes the team; the CRM describes the account");
        publish("PersonUpdated", "people-directory/demo", person(AE, "Mila Novak", "AE", "U0AE00101", List.of()));
        publish("PersonUpdated", "people-directory/demo",
                person(SECURITY_SA, "Farah Haddad", "SA", "U0SA00101", List.of("Security", "Compliance")));
        publish("PersonUpdated", "people-directory/demo",
                person(ACCOUNT_SA, "Jonas Lindqvist", "SA", "U0SA00102", List.of("Kubernetes", "CI/CD")));
        publish("PersonUpdated", "people-directory/demo",
                person(OTHER_SA, "Diego Ramos", "SA", "U0SA00103", List.of("Observability", "Performance")));
        publish("PersonUpdated", "people-directory/demo", person(CSM, "Priya Raman", "CSM", "U0CS00101", List.of()));
        ObjectNode account = JSON.createObjectNode().put("accountId", accountId).put("name", "Kestrel Payments GmbH")
                .put("segment", "MID_MARKET").put("tier", "ULTIMATE").put("arr", 0).put("iacv", 0)
                .put("employees", 380).put("region", "EMEA").put("aeId", AE).put("saId", ACCOUNT_SA)
                .put("csmId", CSM).put("contactName", "Lena Vogt").put("contactEmail", CONTACT);
        publish("AccountUpdated", "salesforce/demo", account);
        awaitApplied("crm.accounts", "directory.people");

        JsonNode roster = system.get(LocalService.TRIAGE, "/api/solutions-architects", aeToken).body();
        System.out.println("  triage-service's SA roster (GET /api/solutions-architects):");
        for (JsonNode sa : roster) {
            if (List.of(SECURITY_SA, ACCOUNT_SA, OTHER_SA).contains(sa.path("personId").asText())) {
                System.out.printf("    %-9s expertise %-28s workload %s of %s%n", sa.path("personId").asText(),
                        join(sa.path("expertise")), sa.path("weightedWorkload").asText(), sa.path("capacity").asText());
            }
        }
        System.out.println("  As published: the account's SA is " + ACCOUNT_SA + ", its CSM " + CSM
                + ", its tier ULTIMATE; it has no ARR yet, this deal is its first order.");
    }

    private ObjectNode person(String id, String name, String role, String slackUserId, List<String> expertise) {
        ObjectNode person = JSON.createObjectNode().put("personId", id).put("name", name)
                .put("email", name.toLowerCase().replace(' ', '.') + "@seamless.example").put("role", role)
                .put("region", "EMEA").put("segment", "MID_MARKET").put("slackUserId", slackUserId)
                .put("active", true);
        if (!expertise.isEmpty()) {
            person.set("expertise", JSON.valueToTree(expertise));
            person.put("capacity", 10);
        }
        return person;
    }

    // --- step 2 ---------------------------------------------------------------------------------------------------

    private void anSaRequestAssignedByExpertise() throws IOException {
        heading("Mila (AE) asks for an SA for a compliance demo");
        publish("TriageRequestSubmitted", "salesforce/demo", triageRequest(demoRequestId, "DEMO", 60, 7,
                "Show merge-request security scanning and the compliance dashboard",
                "10 min introductions, 35 min demo, 15 min questions", "Run the demo, answer the security questions"));
        JsonNode request = awaitTriaged(demoRequestId);
        explainRequest(request);
        explainMail("sa-assigned", notification -> notification.path("subject").asText().contains(demoRequestId));
    }

    private ObjectNode triageRequest(String requestId, String activity, int minutes, int inDays, String objectives,
            String agenda, String saTasks) {
        ZonedDateTime when = LocalDate.now(CUSTOMER_ZONE).plusDays(inDays).atTime(10, 0).atZone(CUSTOMER_ZONE);
        ObjectNode request = JSON.createObjectNode().put("requestId", requestId).put("accountId", accountId)
                .put("accountName", "Kestrel Payments GmbH").put("opportunityId", opportunityId)
                .put("segment", "MID_MARKET").put("orderType", "FIRST_ORDER").put("tier", "ULTIMATE")
                .put("amount", 64000).put("iacv", 64000).put("requesterId", AE).put("activity", activity)
                .put("synchronous", true).put("postSales", false).put("durationMinutes", minutes)
                .put("requestedFor", when.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .put("timezone", CUSTOMER_ZONE.getId())
                .put("desiredOutcome", "The security team agrees pipeline scanning covers their PCI DSS findings")
                .put("objectives", objectives).put("agenda", agenda)
                .put("challenges", "Audit findings take weeks to fix; scanners run outside the pipeline")
                .put("infrastructure", "EKS clusters, self-hosted runners").put("saTasks", saTasks)
                .put("compellingEvent", "PCI DSS re-certification in March").put("servicesInvolved", false);
        request.set("attendees", JSON.valueToTree(List.of("Lena Vogt (CTO)", "Marek Zielinski (Head of Security)")));
        request.set("expertise", JSON.valueToTree(List.of("Compliance")));
        return request;
    }

    private JsonNode awaitTriaged(String requestId) {
        return await(LocalService.TRIAGE, "/api/triage-requests/" + requestId, aeToken,
                "triage-service to decide " + requestId,
                body -> !List.of("", "NEW", "WAITING").contains(body.path("status").asText()));
    }

    private void explainRequest(JsonNode request) {
        JsonNode qualification = request.path("qualification");
        JsonNode assignment = request.path("assignment");
        System.out.println("  triage-service (GET /api/triage-requests/" + request.path("id").asText() + "): "
                + request.path("status").asText() + ", labels " + join(request.path("labels")));
        System.out.println("    qualified: route " + qualification.path("route").asText() + ", policy "
                + qualification.path("policyVersion").asText());
        for (JsonNode reason : qualification.path("reasons")) {
            System.out.println("      why: " + reason.path("message").asText() + "  [" + reason.path("rule").asText()
                    + "]");
        }
        System.out.println("    assigned to " + request.path("saId").asText() + "  [" + assignment.path("rule").asText()
                + "]");
        System.out.println("      why: " + assignment.path("explanation").asText());
        for (JsonNode candidate : assignment.path("candidates")) {
            String passedOver = candidate.path("passedOverBecause").asText("");
            System.out.printf("      %-9s rank %-4s expertise matches %s, workload %s%s%n",
                    candidate.path("saId").asText(), candidate.path("rank").asText("-"),
                    candidate.path("expertiseMatches").asText(), candidate.path("weightedWorkload").asText(),
                    passedOver.isEmpty() ? "" : ": " + passedOver);
        }
        System.out.println("      inputs: " + assignment.path("inputs"));
    }

    // --- step 3 ---------------------------------------------------------------------------------------------------

    private void aPovAndItsSlackChannel() throws IOException {
        heading("The deal moves to technical evaluation: a POV, and a Slack channel for it");
        publish("OpportunityStageChanged", "salesforce/demo", opportunity("2-Scoping", "3-Technical Evaluation",
                LocalDate.now().plusDays(45), true));
        publish("TriageRequestSubmitted", "salesforce/demo", triageRequest(povRequestId, "POV", 120, 14,
                "Prove merge-request security scanning on Kestrel's payment-gateway repository",
                "Kick-off, two weeks of POV, read-out", "Run the POV and its read-out"));
        awaitApplied("crm.opportunities", "crm.triage-requests");
        explainRequest(awaitTriaged(povRequestId));

        System.out.println("  Mila asks for an ephemeral Slack channel for the POV (POST /api/slack-channels):");
        ObjectNode channelRequest = JSON.createObjectNode().put("accountId", accountId).put("kind", "EPHEMERAL")
                .put("opportunityId", opportunityId)
                .put("purpose", "POV of merge-request security scanning with Kestrel's platform and security teams");
        Answer requested = system.post(LocalService.SLACK, "/api/slack-channels", channelRequest, aeToken);
        if (!requested.ok()) {
            throw new IllegalStateException("the channel request was refused: " + requested.status() + " "
                    + requested.text());
        }
        String channelId = requested.body().path("id").asText();
        System.out.println("    slack-channel-service: " + requested.body().path("status").asText() + ", eligible "
                + requested.body().path("eligibility").path("eligible").asText() + ", to be approved by "
                + requested.body().path("approvals").path("expectedApproverId").asText());
        for (JsonNode check : requested.body().path("eligibility").path("checks")) {
            System.out.println("      why: " + check.path("message").asText() + "  [" + check.path("rule").asText()
                    + "]");
        }
        Answer refused = system.post(LocalService.SLACK, "/api/slack-channels/" + channelId + "/approve", null,
                system.token(OTHER_SA, "SA"));
        System.out.println("  Diego (another SA) tries to approve it: " + refused.status() + " "
                + refused.body().path("error").asText(refused.text()));
        Answer approved = system.post(LocalService.SLACK, "/api/slack-channels/" + channelId + "/approve", null,
                system.token(SECURITY_SA, "SA"));
        if (!approved.ok()) {
            throw new IllegalStateException("Farah's approval was refused: " + approved.status() + " "
                    + approved.text());
        }
        System.out.println("  Farah (the opportunity's SA) approves it: " + approved.body().path("status").asText()
                + ", approved by " + approved.body().path("approvals").path("approvedBy").asText());
        JsonNode active = await(LocalService.SLACK, "/api/slack-channels/" + channelId, aeToken,
                "the channel to be created", body -> "ACTIVE".equals(body.path("status").asText()));
        JsonNode slack = active.path("slack");
        System.out.println("    created #" + slack.path("channelName").asText() + " ("
                + slack.path("channelId").asText() + "), expires " + slack.path("expiresAt").asText());
        for (JsonNode invitee : slack.path("invitees")) {
            String notInvited = invitee.path("notInvitedBecause").asText("");
            System.out.println("      " + invitee.path("personId").asText() + " (" + invitee.path("as").asText() + "): "
                    + (notInvited.isEmpty() ? "invited as " + invitee.path("slackUserId").asText()
                            : "not invited, " + notInvited));
        }
        if (slack.path("channelId").asText().startsWith("LOGGED-")) {
            System.out.println("    (no Slack token is configured: the channel exists only in the log,"
                    + " .run/logs/slack-channel-service.log)");
        }
        this.channelId = channelId;
    }

    private ObjectNode opportunity(String from, String to, LocalDate closeDate, boolean povActive) {
        return JSON.createObjectNode().put("opportunityId", opportunityId).put("accountId", accountId)
                .put("name", "Kestrel Payments - Ultimate, 120 seats").put("orderType", "FIRST_ORDER")
                .put("fromStage", from).put("toStage", to).put("amount", 64000).put("iacv", 64000)
                .put("closeDate", closeDate.toString()).put("aeId", AE).put("saId", SECURITY_SA)
                .put("povActive", povActive);
    }

    // --- step 4 ---------------------------------------------------------------------------------------------------

    private void theDealCloses() throws IOException {
        heading("The deal enters 5-Negotiating");
        publish("OpportunityStageChanged", "salesforce/demo", opportunity("3-Technical Evaluation", "5-Negotiating",
                LocalDate.now().plusDays(21), false));
        awaitApplied("crm.opportunities");
        JsonNode items = system.get(LocalService.TRIAGE, "/api/action-items?opportunityId=" + opportunityId, aeToken)
                .body();
        for (JsonNode item : items) {
            System.out.println("  triage-service: action item for " + item.path("saId").asText() + ": "
                    + item.path("title").asText() + " (" + item.path("kind").asText() + ")");
        }
        JsonNode handoffs = system.get(LocalService.HANDOFF, "/api/handoffs?accountId=" + accountId, aeToken).body();
        System.out.println("  handoff-service: " + (handoffs.isEmpty() ? "no handoff started" : handoffs.size()
                + " handoff(s)") + " (GET /api/handoffs?accountId=" + accountId + ")");
        explainMail("csm-introduction", notification -> true);

        heading("The deal is won");
        publish("OpportunityStageChanged", "salesforce/demo", opportunity("5-Negotiating", "Closed Won",
                LocalDate.now(), false));
        JsonNode handoff = await(LocalService.HANDOFF, "/api/handoffs?accountId=" + accountId, aeToken,
                "handoff-service to start the handoff", body -> body.size() > 0 && body.get(0).path("tasks").size() > 0)
                .get(0);
        JsonNode decision = handoff.path("decision");
        System.out.println("  handoff-service (GET /api/handoffs?accountId=" + accountId + "): "
                + handoff.path("handoffType").asText() + " from " + handoff.path("fromPersonId").asText() + " to "
                + handoff.path("toPersonId").asText() + "  [" + decision.path("rule").asText() + "]");
        System.out.println("    why: " + decision.path("reason").asText());
        System.out.println("    inputs: " + decision.path("inputs"));
        for (JsonNode task : handoff.path("tasks")) {
            System.out.println("    task \"" + task.path("title").asText() + "\" for "
                    + task.path("assigneeId").asText() + ", due " + task.path("dueDate").asText() + ": "
                    + task.path("assignment").path("reason").asText());
        }
        JsonNode closed = await(LocalService.TRIAGE, "/api/triage-requests/" + demoRequestId, aeToken,
                "triage-service to close the requests", body -> "CLOSED".equals(body.path("status").asText()));
        System.out.println("  triage-service: " + demoRequestId + " " + closed.path("status").asText() + ": "
                + closed.path("closeReason").asText());
        JsonNode archived = await(LocalService.SLACK, "/api/slack-channels/" + channelId, aeToken,
                "slack-channel-service to archive the POV channel",
                body -> "ARCHIVED".equals(body.path("status").asText()));
        System.out.println("  slack-channel-service: #" + archived.path("slack").path("channelName").asText() + " "
                + archived.path("status").asText() + ": " + archived.path("archive").path("reason").asText());
        explainMail("task-created", notification -> true);
    }

    // --- step 5 ---------------------------------------------------------------------------------------------------

    private void theCustomerWritesToTheSa() throws IOException {
        heading("After the close, Lena writes to Farah, the pre-sales SA");
        ObjectNode inquiry = JSON.createObjectNode().put("accountId", accountId).put("contactEmail", CONTACT)
                .put("contactName", "Lena Vogt").put("subject", "Scanner findings in our release pipeline")
                .put("receivedBy", SECURITY_SA);
        awaitApplied("crm.opportunities");
        publish("CustomerInquiryReceived", "support-desk/demo", inquiry);
        explainMail("post-sales-redirect", notification -> true);
    }

    // --- what the services said -----------------------------------------------------------------------------------

    /** Waits for a sent mail of the template (its name starting so), then prints it with its decision and file. */
    private void explainMail(String templatePrefix, Predicate<JsonNode> which) throws IOException {
        JsonNode notifications = await(LocalService.NOTIFICATION, "/api/notifications?accountId=" + accountId
                + "&size=100", aeToken, "a sent '" + templatePrefix + "' mail", body -> matching(body, templatePrefix,
                        which).findAny().isPresent());
        List<JsonNode> mails = matching(notifications, templatePrefix, which).toList();
        JsonNode first = mails.get(0);
        System.out.println("  notification-service: " + mails.size() + " '" + first.path("template").asText()
                + "' mail(s)  [" + first.path("decision").path("rule").asText() + "]");
        System.out.println("    why: " + first.path("decision").path("reason").asText());
        for (JsonNode mail : mails) {
            System.out.println("    to " + mail.path("recipient").asText() + (mail.path("cc").isEmpty() ? ""
                    : " cc " + join(mail.path("cc"))) + ": \"" + mail.path("subject").asText() + "\"  -> "
                    + mailFile(mail.path("id").asText()));
        }
    }

    private static Stream<JsonNode> matching(JsonNode notifications, String templatePrefix, Predicate<JsonNode> which) {
        List<JsonNode> all = new ArrayList<>();
        notifications.forEach(all::add);
        return all.stream().filter(notification -> notification.path("template").asText().startsWith(templatePrefix)
                && "SENT".equals(notification.path("status").asText()) && which.test(notification));
    }

    /** The .eml file the local run saved for the notification, told by its X-Seamless-Notification-Id header. */
    private String mailFile(String notificationId) throws IOException {
        Path directory = checkout.resolve(".run/mail");
        String header = "X-Seamless-Notification-Id: " + notificationId;
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(directory)) {
                try (Stream<Path> files = Files.list(directory)) {
                    Optional<Path> file = files.filter(path -> contains(path, header)).findFirst();
                    if (file.isPresent()) {
                        return checkout.relativize(file.get()).toString();
                    }
                }
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return "(not in .run/mail: was dev/run started from this checkout?)";
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private JsonNode await(LocalService service, String path, String token, String what, Predicate<JsonNode> done) {
        return system.awaitAnswer(service, path, token, what, PATIENCE, done);
    }

    private void awaitApplied(String... topics) {
        for (LocalService service : LocalService.values()) {
            LocalSystem.await(service.module() + " to apply " + String.join(", ", topics), PATIENCE,
                    () -> system.consumedToEnd(service.module(), topics));
        }
    }

    private void publish(String type, String source, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode().put("specversion", "1.0").put("id", UUID.randomUUID().toString())
                .put("source", source).put("type", type).put("time", OffsetDateTime.now().toString())
                .put("datacontenttype", "application/json");
        event.set("data", data);
        try {
            byte[] json = JSON.writeValueAsBytes(event);
            EventEnvelope<SeamlessEvent> envelope = codec.decode(json);
            publisher.publish(envelope, json);
            System.out.println("  published " + type + " (" + envelope.key() + ") to " + envelope.topic());
        } catch (InvalidEventException | IOException e) {
            throw new IllegalStateException("the demo built an invalid " + type + ": " + e.getMessage(), e);
        }
    }

    private void heading(String title) {
        step++;
        System.out.println();
        System.out.println("== " + step + ". " + title);
    }

    private static String join(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return String.join(", ", values);
    }
}
