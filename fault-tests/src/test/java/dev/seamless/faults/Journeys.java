package dev.seamless.faults;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.crm.TriageRequestSubmitted;
import dev.seamless.events.directory.PersonUpdated;
import dev.seamless.events.support.CustomerInquiryReceived;
import dev.seamless.events.types.Activity;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.Segment;
import dev.seamless.events.types.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A fixed mix of customer journeys: one AE, four SAs and a CSM; per account a first order of $12,000 that an AE asks
 * an SA demo for, that closes won below the CSM threshold (so it starts digital onboarding and welcomes the contact),
 * and a contact who writes to the SA afterwards (so the contact is redirected to support). Besides them, existing
 * customers large enough for a customer Slack channel, which their AE asks for and their CSM approves. Each
 * account's effects are known in advance, which is what lets the suite count them.
 */
final class Journeys {

    static final String AE = "ae-fault";
    static final List<String> SAS = List.of("sa-fault-1", "sa-fault-2", "sa-fault-3", "sa-fault-4");
    static final String CSM = "csm-fault";
    private static final BigDecimal DEAL = new BigDecimal("12000");

    private Journeys() {
    }

    static List<SeamlessEvent> people() {
        List<SeamlessEvent> people = new java.util.ArrayList<>();
        people.add(new PersonUpdated(AE, "Ada Fault", "ada.fault@seamless.example", PersonRole.AE, "EMEA",
                Segment.MID_MARKET, List.of(), null, null, true));
        people.add(new PersonUpdated(CSM, "Cora Fault", "cora.fault@seamless.example", PersonRole.CSM, "EMEA",
                Segment.MID_MARKET, List.of(), null, null, true));
        for (String sa : SAS) {
            // capacity for every request of the run: the suite counts assignments, not the workload rules
            people.add(new PersonUpdated(sa, "SA " + sa, sa + "@seamless.example", PersonRole.SA, "EMEA",
                    Segment.MID_MARKET, List.of("Security"), 100_000, null, true));
        }
        return people;
    }

    static String accountId(int account) {
        return "acct-fault-" + account;
    }

    static String requestId(int account) {
        return "req-fault-" + account;
    }

    static String contact(int account) {
        return "contact-" + account + "@customer-" + account + ".example";
    }

    private static String sa(int account) {
        return SAS.get(account % SAS.size());
    }

    static AccountUpdated account(int account) {
        return new AccountUpdated(accountId(account), "Customer " + account + " GmbH", Segment.MID_MARKET, Tier.PREMIUM,
                BigDecimal.ZERO, BigDecimal.ZERO, 120, "EMEA", AE, sa(account), null, null, "Contact " + account,
                contact(account));
    }

    static String channelAccountId(int account) {
        return "acct-fault-channel-" + account;
    }

    /** An existing customer above the customer-channel threshold (PREMIUM, $150,000), with a CSM to approve. */
    static AccountUpdated channelAccount(int account) {
        BigDecimal value = new BigDecimal("150000");
        return new AccountUpdated(channelAccountId(account), "Channel Customer " + account + " AG", Segment.MID_MARKET,
                Tier.PREMIUM, value, value, 400, "EMEA", AE, sa(account), CSM, null, "Contact " + account,
                "channel-" + contact(account));
    }

    static TriageRequestSubmitted triageRequest(int account) {
        OffsetDateTime meeting = OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).withHour(10).withMinute(0);
        return new TriageRequestSubmitted(requestId(account), accountId(account), "Customer " + account + " GmbH",
                "opp-fault-" + account, Segment.MID_MARKET, OrderType.FIRST_ORDER, Tier.PREMIUM, DEAL, DEAL, AE,
                Activity.DEMO, true, false, 60, meeting, List.of(meeting), "Europe/Berlin",
                "The team sees the product fit", "Show the pipeline", "Introductions, demo, questions",
                List.of("Contact " + account), "Slow releases", "Kubernetes", "Run the demo", List.of("Security"),
                "Budget closes in March", false);
    }

    static OpportunityStageChanged closedWon(int account) {
        return new OpportunityStageChanged("opp-fault-" + account, accountId(account), "Customer " + account
                + " - first order", OrderType.FIRST_ORDER, "6-Awaiting Signature", "Closed Won", DEAL, DEAL,
                LocalDate.now(), AE, sa(account), false, null, null);
    }

    static CustomerInquiryReceived inquiry(int account) {
        return new CustomerInquiryReceived(accountId(account), contact(account), "Contact " + account,
                "A question after we signed", sa(account));
    }

    static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }
}
