package dev.seamless.events;

import dev.seamless.events.crm.AccountClosed;
import dev.seamless.events.crm.AccountTeamChanged;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.crm.TriageRequestSubmitted;
import dev.seamless.events.directory.PersonAvailabilityChanged;
import dev.seamless.events.directory.PersonUpdated;
import dev.seamless.events.handoff.HandoffCancelled;
import dev.seamless.events.handoff.HandoffCompleted;
import dev.seamless.events.handoff.HandoffStarted;
import dev.seamless.events.handoff.PostSalesPathDecided;
import dev.seamless.events.handoff.TaskAssigned;
import dev.seamless.events.handoff.TaskCompleted;
import dev.seamless.events.handoff.TaskCreated;
import dev.seamless.events.handoff.TaskDueSoon;
import dev.seamless.events.handoff.TaskOverdue;
import dev.seamless.events.notification.NotificationFailed;
import dev.seamless.events.notification.NotificationSent;
import dev.seamless.events.slack.SlackApprovalDueSoon;
import dev.seamless.events.slack.SlackApprovalOverdue;
import dev.seamless.events.slack.SlackChannelApproved;
import dev.seamless.events.slack.SlackChannelArchived;
import dev.seamless.events.slack.SlackChannelCreated;
import dev.seamless.events.slack.SlackChannelExpiring;
import dev.seamless.events.slack.SlackChannelRejected;
import dev.seamless.events.slack.SlackChannelRequested;
import dev.seamless.events.support.CustomerInquiryReceived;
import dev.seamless.events.triage.AccountSaTransferred;
import dev.seamless.events.triage.ActionItemRaised;
import dev.seamless.events.triage.EngagementCompleted;
import dev.seamless.events.triage.RankedCandidate;
import dev.seamless.events.triage.SAAssigned;
import dev.seamless.events.triage.StageExitDue;
import dev.seamless.events.triage.TriageLabelsChanged;
import dev.seamless.events.triage.TriageRequestDeclined;
import dev.seamless.events.triage.TriageRequestQualified;
import dev.seamless.events.triage.TriageResponseDueSoon;
import dev.seamless.events.triage.TriageResponseOverdue;
import dev.seamless.events.types.Activity;
import dev.seamless.events.types.ChannelKind;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.PostSalesMoment;
import dev.seamless.events.types.PostSalesPath;
import dev.seamless.events.types.Reason;
import dev.seamless.events.types.Segment;
import dev.seamless.events.types.TeamRole;
import dev.seamless.events.types.Tier;
import dev.seamless.events.types.TriageClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One realistic, fully populated event of every type of the contract, as a producer would build it. Offsets are
 * deliberately not UTC, and money has cents, so that round trips show whether they survive.
 */
public final class SampleEvents {

    public static final String ACCOUNT = "0015f00000KxYzAAA";
    public static final String OPPORTUNITY = "0065f00000Q1w2EAA";
    public static final String REQUEST = "TR-2026-00042";

    private SampleEvents() {
    }

    /** @return one sample of every event type, in no particular order */
    public static List<SeamlessEvent> all() {
        return List.of(accountUpdated(), accountTeamChanged(), accountClosed(), opportunityStageChanged(),
                triageRequestSubmitted(), personUpdated(), personAvailabilityChanged(), customerInquiryReceived(),
                triageRequestQualified(), triageRequestDeclined(), triageLabelsChanged(), saAssigned(),
                engagementCompleted(), handoffStarted(), taskCreated(), taskAssigned(), taskCompleted(),
                taskOverdue(), handoffCompleted(), handoffCancelled(), slackChannelRequested(), slackChannelApproved(),
                slackChannelRejected(),
                slackChannelCreated(), slackChannelExpiring(), slackChannelArchived(), notificationSent(),
                notificationFailed(), postSalesPathDecided(), taskDueSoon(), accountSaTransferred(),
                actionItemRaised(), stageExitDue(), triageResponseDueSoon(), triageResponseOverdue(),
                slackApprovalDueSoon(), slackApprovalOverdue());
    }

    public static AccountUpdated accountUpdated() {
        return new AccountUpdated(ACCOUNT, "Acme Robotics GmbH", Segment.MID_MARKET, Tier.PREMIUM,
                new BigDecimal("184500.00"), new BigDecimal("9999.99"), 420, "EMEA", "ae-jonas", "sa-ada",
                "csm-lin", "EUR", "Greta Keller", "greta.keller@acme-robotics.example");
    }

    public static AccountTeamChanged accountTeamChanged() {
        return new AccountTeamChanged(ACCOUNT, TeamRole.CSM, "csm-lin", "csm-omar");
    }

    public static AccountClosed accountClosed() {
        return new AccountClosed(ACCOUNT, "Churned: moved to a competitor",
                OffsetDateTime.parse("2026-03-31T17:45:00-05:00"));
    }

    public static OpportunityStageChanged opportunityStageChanged() {
        return new OpportunityStageChanged(OPPORTUNITY, ACCOUNT, "Acme Robotics - Premium upgrade",
                OrderType.GROWTH, "3-Technical Evaluation", "4-Proposal", new BigDecimal("48000.50"),
                new BigDecimal("24000.25"), LocalDate.parse("2026-04-30"), "ae-jonas", "sa-ada", true, "USD", Tier.ULTIMATE);
    }

    public static TriageRequestSubmitted triageRequestSubmitted() {
        return new TriageRequestSubmitted(REQUEST, ACCOUNT, "Acme Robotics GmbH", OPPORTUNITY, Segment.MID_MARKET,
                OrderType.GROWTH, Tier.PREMIUM, new BigDecimal("48000.50"), new BigDecimal("24000.25"), "ae-jonas",
                Activity.DEMO, true, false, 60, OffsetDateTime.parse("2026-02-12T15:00:00+01:00"),
                List.of(OffsetDateTime.parse("2026-02-12T15:00:00+01:00"),
                        OffsetDateTime.parse("2026-02-13T10:30:00+01:00")),
                "Europe/Berlin", "Technical win for the CI/CD migration", "Show merge request pipelines",
                "Intro 5 min, demo 40 min, Q&A 15 min", List.of("cto@acme-robotics.example", "ae-jonas"),
                "Slow Jenkins builds, no security scanning", "Jenkins on-prem, Kubernetes on EKS",
                "Run the demo and answer pipeline questions", List.of("ci-cd", "kubernetes"),
                "Jenkins licence renewal on 2026-04-01", false);
    }

    public static PersonUpdated personUpdated() {
        return new PersonUpdated("sa-ada", "Ada Nwosu", "ada.nwosu@seamless.example", PersonRole.SA, "EMEA",
                Segment.MID_MARKET, List.of("ci-cd", "security"), 12, "U04ADA0001", true);
    }

    public static PersonAvailabilityChanged personAvailabilityChanged() {
        return new PersonAvailabilityChanged("sa-ada", LocalDate.parse("2026-02-10"), LocalDate.parse("2026-02-20"),
                "PTO");
    }

    public static CustomerInquiryReceived customerInquiryReceived() {
        return new CustomerInquiryReceived(ACCOUNT, "greta.keller@acme-robotics.example", "Greta Keller",
                "Runner registration fails after upgrade", "sa-ada");
    }

    public static TriageRequestQualified triageRequestQualified() {
        return new TriageRequestQualified(REQUEST, ACCOUNT, OPPORTUNITY, "SA_ENGAGEMENT",
                List.of("SA Triaged", "FY27-Q1"),
                List.of(new Reason("qualification.min-piped-amount",
                        "Piped amount 48000.50 USD is at least the 10000 USD threshold for MID_MARKET")),
                "triage-policy-2026.1");
    }

    public static TriageRequestDeclined triageRequestDeclined() {
        return new TriageRequestDeclined(REQUEST, ACCOUNT, OPPORTUNITY, "OFFICE_HOURS", List.of("SA Backlog"),
                List.of(new Reason("qualification.min-piped-amount",
                        "Piped amount 4000 USD is below the 10000 USD threshold for SMB"),
                        new Reason("qualification.smb-sync-min-iacv",
                                "SMB synchronous help needs at least 5000 USD IACV, the account has 1200")),
                "triage-policy-2026.1");
    }

    public static TriageLabelsChanged triageLabelsChanged() {
        return new TriageLabelsChanged(REQUEST, ACCOUNT, List.of("SA Doing", "EXPEDITE", "FY27-Q1"),
                List.of("SA Doing", "EXPEDITE"), List.of("SA Triaged"), "sa-ada");
    }

    public static SAAssigned saAssigned() {
        return new SAAssigned(REQUEST, ACCOUNT, OPPORTUNITY, "sa-ben", "sa-ada", "assignment.current-sa-unavailable",
                List.of(new RankedCandidate("sa-ben", 1, 2, new BigDecimal("3.5"),
                        OffsetDateTime.parse("2026-01-28T09:12:00+01:00"), null),
                        new RankedCandidate("sa-ada", null, 2, new BigDecimal("1.0"),
                                OffsetDateTime.parse("2026-02-02T14:00:00+01:00"),
                                "PTO from 2026-02-10 to 2026-02-20 overlaps the requested dates")),
                "assignment-policy-2026.1");
    }

    public static EngagementCompleted engagementCompleted() {
        return new EngagementCompleted(REQUEST, ACCOUNT, OPPORTUNITY, "sa-ben", "sa-ben",
                OffsetDateTime.parse("2026-02-13T11:35:10+01:00"));
    }

    public static HandoffStarted handoffStarted() {
        return new HandoffStarted("hf-7f3c", ACCOUNT, "SA_TO_SA", "sa-ada", "sa-ben", 6, "SAAssigned");
    }

    public static TaskCreated taskCreated() {
        return new TaskCreated("task-91", "hf-7f3c", ACCOUNT, "Walk the incoming SA through the POV status",
                "sa-ada", "OUTGOING", LocalDate.parse("2026-02-16"), "https://seamless.example/tasks/task-91");
    }

    public static TaskAssigned taskAssigned() {
        return new TaskAssigned("task-91", "hf-7f3c", ACCOUNT, "Walk the incoming SA through the POV status",
                "sa-cem", "sa-ada", "OUTGOING", LocalDate.parse("2026-02-16"),
                new Reason("handoff.assignee-inactive", "sa-ada left the company: the incoming SA takes the task"));
    }

    public static TaskCompleted taskCompleted() {
        return new TaskCompleted("task-91", "hf-7f3c", ACCOUNT, "sa-ada",
                OffsetDateTime.parse("2026-02-15T16:20:00+01:00"));
    }

    public static TaskOverdue taskOverdue() {
        return new TaskOverdue("task-92", "hf-7f3c", ACCOUNT, "Introduce the incoming SA to the customer", "sa-ben",
                LocalDate.parse("2026-02-16"));
    }

    public static HandoffCompleted handoffCompleted() {
        return new HandoffCompleted("hf-7f3c", ACCOUNT, "SA_TO_SA", OffsetDateTime.parse("2026-02-18T10:00:00+01:00"));
    }

    public static HandoffCancelled handoffCancelled() {
        return new HandoffCancelled("hf-7f3c", ACCOUNT, "SA_TO_SA",
                new Reason("handoff.account-closed", "Account closed: churned"), List.of("task-92", "task-93"),
                OffsetDateTime.parse("2026-02-17T09:30:00+01:00"));
    }

    public static SlackChannelRequested slackChannelRequested() {
        return new SlackChannelRequested("ch-12", ACCOUNT, ChannelKind.EPHEMERAL, "sa-ada", OPPORTUNITY,
                "POV for the Premium upgrade", true,
                List.of(new Reason("slack.ephemeral.pre-sales", "Opportunity is in 3-Technical Evaluation")),
                "sa-ada");
    }

    public static SlackChannelApproved slackChannelApproved() {
        return new SlackChannelApproved("ch-12", ACCOUNT, ChannelKind.EPHEMERAL, "sa-ada");
    }

    public static SlackChannelRejected slackChannelRejected() {
        return new SlackChannelRejected("ch-13", ACCOUNT, ChannelKind.CUSTOMER, "system",
                "Tier FREE is below PREMIUM");
    }

    public static SlackChannelCreated slackChannelCreated() {
        return new SlackChannelCreated("ch-12", ACCOUNT, ChannelKind.EPHEMERAL, "C07ACME0001", "ext-acme-robotics-pov",
                OffsetDateTime.parse("2026-05-13T00:00:00+02:00"));
    }

    public static SlackChannelExpiring slackChannelExpiring() {
        return new SlackChannelExpiring("ch-12", ACCOUNT, ChannelKind.EPHEMERAL, "C07ACME0001", "sa-ada",
                OffsetDateTime.parse("2026-05-13T00:00:00+02:00"));
    }

    public static SlackChannelArchived slackChannelArchived() {
        return new SlackChannelArchived("ch-12", ACCOUNT, ChannelKind.EPHEMERAL, "C07ACME0001",
                "Opportunity closed (Closed Won)");
    }

    public static NotificationSent notificationSent() {
        return new NotificationSent("ntf-501", ACCOUNT, "post-sales-redirect-with-csm",
                "greta.keller@acme-robotics.example", List.of("csm-lin@seamless.example", "ae-jonas@seamless.example"),
                "Your support options for Acme Robotics", "5b0e1c9a-2f4d-4d7e-9a51-0c2f3e4b5a6d");
    }

    public static NotificationFailed notificationFailed() {
        return new NotificationFailed("ntf-502", ACCOUNT, "csm-introduction", null,
                "No email address known for the account's primary contact", "8d2f6a10-1b3c-4e5f-8a7b-9c0d1e2f3a4b");
    }

    public static PostSalesPathDecided postSalesPathDecided() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("tier", "PREMIUM");
        inputs.put("arrWithDeal", "60000");
        inputs.put("minArr", "50000");
        return new PostSalesPathDecided("dec-3a1f", ACCOUNT, OPPORTUNITY, "hf-8a2d", PostSalesMoment.CLOSED_WON,
                PostSalesPath.CSM, false, "dec-19c4", "ae-jonas", "sa-ada", null, "handoff.closed-won.csm-qualified",
                "New account at tier PREMIUM with ARR 60000 meets the CSM threshold: SA to CSM handoff.", inputs);
    }

    public static TaskDueSoon taskDueSoon() {
        return new TaskDueSoon("task-92", "hf-7f3c", ACCOUNT, "Introduce the incoming SA to the customer", "sa-ben",
                LocalDate.parse("2026-02-16"));
    }

    public static AccountSaTransferred accountSaTransferred() {
        return new AccountSaTransferred(ACCOUNT, "sa-ada", "sa-ben", "triage.account-sa.leader-decision",
                "SA leader lea moved the account from sa-ada to sa-ben: territory rebalancing", "lea");
    }

    public static ActionItemRaised actionItemRaised() {
        return new ActionItemRaised("ai-5c2e", ACCOUNT, OPPORTUNITY, REQUEST, "sa-ada", "STAGE_3_TRANSITION",
                "Record the stage 3 transition data of Acme Robotics - Premium upgrade",
                "Win/loss reasons and the POV status are due in the CRM.");
    }

    public static StageExitDue stageExitDue() {
        return new StageExitDue(ACCOUNT, OPPORTUNITY, REQUEST, "ae-jonas", "sa-ada", "3-Technical Evaluation",
                "The SA completed the engagement on 2026-02-13; the opportunity is still in 3-Technical Evaluation.");
    }

    public static TriageResponseDueSoon triageResponseDueSoon() {
        return new TriageResponseDueSoon(REQUEST, ACCOUNT, TriageClock.TRIAGE, "sa-ben",
                OffsetDateTime.parse("2026-02-13T09:00:00+01:00"));
    }

    public static TriageResponseOverdue triageResponseOverdue() {
        return new TriageResponseOverdue(REQUEST, ACCOUNT, TriageClock.WAITING_ON_AE, "ae-jonas",
                OffsetDateTime.parse("2026-02-20T17:00:00+01:00"));
    }

    public static SlackApprovalDueSoon slackApprovalDueSoon() {
        return new SlackApprovalDueSoon("ch-13", ACCOUNT, ChannelKind.CUSTOMER, "csm-lin",
                OffsetDateTime.parse("2026-02-16T10:00:00+01:00"));
    }

    public static SlackApprovalOverdue slackApprovalOverdue() {
        return new SlackApprovalOverdue("ch-13", ACCOUNT, ChannelKind.CUSTOMER, "csm-lin",
                OffsetDateTime.parse("2026-02-16T10:00:00+01:00"));
    }
}
