package dev.seamless.slack;

import static dev.seamless.slack.Fixtures.account;
import static dev.seamless.slack.Fixtures.admin;
import static dev.seamless.slack.Fixtures.approve;
import static dev.seamless.slack.Fixtures.approveOnBehalf;
import static dev.seamless.slack.Fixtures.awaitStatus;
import static dev.seamless.slack.Fixtures.eventsOf;
import static dev.seamless.slack.Fixtures.newId;
import static dev.seamless.slack.Fixtures.opportunity;
import static dev.seamless.slack.Fixtures.person;
import static dev.seamless.slack.Fixtures.publishOpportunity;
import static dev.seamless.slack.Fixtures.reject;
import static dev.seamless.slack.Fixtures.rejectOnBehalf;
import static dev.seamless.slack.Fixtures.request;
import static dev.seamless.slack.Fixtures.requestChannel;
import static dev.seamless.slack.Fixtures.token;
import static dev.seamless.slack.Fixtures.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.seamless.events.crm.AccountTeamChanged;
import dev.seamless.events.slack.SlackChannelApproved;
import dev.seamless.events.slack.SlackChannelRejected;
import dev.seamless.events.slack.SlackChannelRequested;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.Reason;
import dev.seamless.events.types.TeamRole;
import dev.seamless.events.types.Tier;
import dev.seamless.slack.Fixtures.PublishedEvents;
import dev.seamless.testsupport.TestKafka;
import dev.seamless.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The approver seed 001 requires, and no one else: a request without a CSM (or SA) waits for one instead of being
 * decided by an admin; the CRM naming one makes them the approver; an admin decides only explicitly on the
 * approver's behalf, recorded as their proxy.
 */
@QuarkusTest
class ApproverTest {

    @Test
    void aCustomerRequestWithoutCsmWaitsUntilTheCrmNamesOneWhoThenApproves() {
        String accountId = newId("acct");
        String csm = newId("csm");
        account(accountId, Tier.PREMIUM, "150000", "150000", null, null);

        String channelId = request(token("ae-1", "AE"), Map.of("accountId", accountId, "kind", "CUSTOMER"))
                .statusCode(201)
                .body("status", equalTo("AWAITING_APPROVER"))
                .body("eligibility.eligible", equalTo(true))
                .body("approvals.expectedApproverId", nullValue())
                .body("approvals.waitingBecause", containsString("has no CSM yet"))
                .extract().path("id");
        approve(channelId, admin()).statusCode(409).body("error", containsString("AWAITING_APPROVER"));
        approveOnBehalf(channelId, admin(), csm).statusCode(409);
        reject(channelId, admin(), "no CSM").statusCode(409);
        assertThat(eventsOf(accountId).of(SlackChannelRequested.class, e -> e.channelId().equals(channelId)))
                .singleElement().satisfies(e -> {
                    assertThat(e.eligible()).isTrue();
                    assertThat(e.approverId()).as("absent while there is none").isNull();
                });

        TestKafka.publish(new AccountTeamChanged(accountId, TeamRole.CSM, null, csm));
        awaitStatus(channelId, "REQUESTED");
        view(channelId).body("approvals.expectedApproverId", equalTo(csm))
                .body("approvals.waitingBecause", nullValue());
        approve(channelId, token(csm, "CSM")).statusCode(200).body("status", equalTo("APPROVED"))
                .body("approvals.approvedBy", equalTo(csm))
                .body("approvals.approvedByProxy", nullValue());

        PublishedEvents published = eventsOf(accountId);
        assertThat(published.of(SlackChannelRequested.class, e -> e.channelId().equals(channelId)))
                .as("announced again with its approver").hasSize(2).last().satisfies(e -> {
                    assertThat(e.approverId()).isEqualTo(csm);
                    assertThat(e.reasons()).contains(new Reason("channel.customer.approver",
                            "The CRM named the account's CSM " + csm + ", who approves."));
                });
        assertThat(published.of(SlackChannelApproved.class, e -> e.channelId().equals(channelId))).singleElement()
                .satisfies(e -> assertThat(e.approvedBy()).isEqualTo(csm));
    }

    @Test
    void anEphemeralRequestWithoutSaWaitsUntilTheAccountGetsOne() {
        String accountId = newId("acct");
        String opportunityId = newId("opp");
        String sa = newId("sa");
        account(accountId, Tier.FREE, "0", "0", null, null);
        publishOpportunity(opportunity(opportunityId, accountId, OrderType.FIRST_ORDER, "3-Technical Evaluation",
                null, false));

        String channelId = request(token("ae-1", "AE"), Map.of("accountId", accountId, "kind", "EPHEMERAL",
                "opportunityId", opportunityId)).statusCode(201)
                .body("status", equalTo("AWAITING_APPROVER"))
                .body("approvals.waitingBecause", containsString("has an SA yet"))
                .extract().path("id");

        account(accountId, Tier.FREE, "0", "0", sa, null);
        awaitStatus(channelId, "REQUESTED");
        view(channelId).body("approvals.expectedApproverId", equalTo(sa));
        approve(channelId, token(sa, "SA")).statusCode(200).body("status", equalTo("APPROVED"));
    }

    @Test
    void anAdminIsRefusedWithoutOnBehalfOfAndRecordedAsProxyWithIt() {
        String accountId = newId("acct");
        String csm = newId("csm");
        account(accountId, Tier.PREMIUM, "150000", "150000", null, csm);
        String channelId = requestChannel(token("ae-1", "AE"), Map.of("accountId", accountId, "kind", "CUSTOMER"));

        approve(channelId, admin()).statusCode(403)
                .body("error", containsString("admin-1 may not approve"))
                .body("error", containsString("\"onBehalfOf\""));
        approveOnBehalf(channelId, token(newId("leader"), "SA_LEADER"), csm).statusCode(403)
                .body("error", containsString("may not decide on someone else's behalf"));
        approveOnBehalf(channelId, admin(), newId("csm")).statusCode(403);
        view(channelId).body("status", equalTo("REQUESTED"));

        approveOnBehalf(channelId, admin(), csm).statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvals.approvedBy", equalTo(csm))
                .body("approvals.approvedByProxy", equalTo("admin-1"));
        assertThat(eventsOf(accountId).of(SlackChannelApproved.class, e -> e.channelId().equals(channelId)))
                .singleElement().satisfies(e -> assertThat(e.approvedBy()).isEqualTo(csm));
    }

    @Test
    void anAdminRejectsOnlyOnBehalfOfTheApprover() {
        String accountId = newId("acct");
        String csm = newId("csm");
        account(accountId, Tier.PREMIUM, "150000", "150000", null, csm);
        String channelId = requestChannel(token("ae-1", "AE"), Map.of("accountId", accountId, "kind", "CUSTOMER"));

        reject(channelId, admin(), "not needed").statusCode(403);
        rejectOnBehalf(channelId, admin(), csm, "the CSM said so on the phone").statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("rejection.rejectedBy", equalTo(csm))
                .body("rejection.rejectedByProxy", equalTo("admin-1"));
        assertThat(eventsOf(accountId).of(SlackChannelRejected.class, e -> e.channelId().equals(channelId)))
                .singleElement().satisfies(e -> assertThat(e.rejectedBy()).isEqualTo(csm));
    }

    @Test
    void oneAdminGivesOnlyOneOfTheTwoApprovalsOfAnException() {
        String accountId = newId("acct");
        String csm = newId("csm");
        String asm = newId("asm");
        person(asm, PersonRole.ASM, null);
        account(accountId, Tier.FREE, "20000", "20000", null, csm);
        String channelId = requestChannel(token("ae-1", "AE"), Map.of("accountId", accountId, "kind", "CUSTOMER",
                "exception", "reference customer", "purpose", "case study with the CTO"));

        approveOnBehalf(channelId, admin(), csm).statusCode(200).body("status", equalTo("REQUESTED"))
                .body("approvals.approvedByProxy", equalTo("admin-1"));
        approveOnBehalf(channelId, admin(), asm).statusCode(403)
                .body("error", containsString("admin-1 already took part in the approval of this request"));
        view(channelId).body("status", equalTo("REQUESTED")).body("approvals.exceptionApprovedBy", nullValue());

        approveOnBehalf(channelId, Tokens.forTest("admin-2", "ADMIN"), asm).statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvals.exceptionApprovedBy", equalTo(asm))
                .body("approvals.exceptionApprovedByProxy", equalTo("admin-2"));
    }

    @Test
    void theCsmMayNotGiveTheExtraApprovalAsAnAsmsProxy() {
        String accountId = newId("acct");
        String csm = newId("csm");
        String asm = newId("asm");
        person(asm, PersonRole.ASM, null);
        account(accountId, Tier.FREE, "20000", "20000", null, csm);
        String channelId = requestChannel(token("ae-1", "AE"), Map.of("accountId", accountId, "kind", "CUSTOMER",
                "exception", "early adopter", "purpose", "beta of the new runner fleet"));
        String csmWhoIsAlsoAdmin = Tokens.forTest(csm, "CSM", "ADMIN");

        approve(channelId, csmWhoIsAlsoAdmin).statusCode(200).body("status", equalTo("REQUESTED"));
        approveOnBehalf(channelId, csmWhoIsAlsoAdmin, asm).statusCode(403)
                .body("error", containsString(csm + " already took part in the approval of this request"));
        view(channelId).body("status", equalTo("REQUESTED"));
        assertThat(eventsOf(accountId).of(SlackChannelApproved.class, e -> e.channelId().equals(channelId)))
                .isEmpty();
    }
}
