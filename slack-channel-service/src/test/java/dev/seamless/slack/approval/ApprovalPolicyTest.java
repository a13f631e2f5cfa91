package dev.seamless.slack.approval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.slack.approval.ApprovalOutcome.AlreadyGiven;
import dev.seamless.slack.approval.ApprovalOutcome.Grants;
import dev.seamless.slack.approval.ApprovalOutcome.Refused;
import dev.seamless.slack.approval.ApprovalOutcome.Slot;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApprovalPolicyTest {

    private final ApprovalPolicy policy = new ApprovalPolicy(new LinkedHashSet<>(List.of("ASM", "SA_LEADER")));

    @Test
    void onlyTheAccountsCsmOrAnAdminApprovesACustomerChannel() {
        ApprovalSubject request = customer(false, null, null);

        assertThat(policy.approve(request, caller("csm-1", "CSM"))).isEqualTo(new Grants(Slot.MAIN));
        assertThat(policy.approve(request, caller("admin-1", "ADMIN"))).isEqualTo(new Grants(Slot.MAIN));
        assertThat(policy.approve(request, caller("csm-2", "CSM"))).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.reason()).contains("csm-2 may not approve", "the account's CSM (csm-1)"));
        assertThat(policy.approve(request, caller("asm-1", "ASM"))).as("no exception claimed")
                .isInstanceOf(Refused.class);
    }

    @Test
    void anExceptionNeedsASecondPersonWithAnExceptionApproverRole() {
        ApprovalSubject fresh = customer(true, null, null);
        assertThat(policy.approve(fresh, caller("asm-1", "ASM"))).as("either approval may come first")
                .isEqualTo(new Grants(Slot.EXCEPTION));

        ApprovalSubject csmApproved = customer(true, "csm-1", null);
        assertThat(csmApproved.complete()).isFalse();
        assertThat(policy.approve(csmApproved, caller("leader-1", "SA_LEADER"))).isEqualTo(new Grants(Slot.EXCEPTION));
        assertThat(policy.approve(csmApproved, caller("ae-1", "AE"))).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.reason()).contains("extra approval", "ASM or SA_LEADER",
                        "other than csm-1"));
        assertThat(policy.approve(csmApproved, caller("csm-1", "CSM", "ASM"))).as("one person, one approval")
                .isInstanceOf(AlreadyGiven.class);
        assertThat(customer(true, "csm-1", "asm-1").complete()).isTrue();
    }

    @Test
    void theSaOfTheOpportunityOrTheAccountApprovesAnEphemeralChannel() {
        ApprovalSubject request = new ApprovalSubject(false, Set.of("sa-opp", "sa-acct"), false, null, null);

        assertThat(policy.approve(request, caller("sa-opp", "SA"))).isEqualTo(new Grants(Slot.MAIN));
        assertThat(policy.approve(request, caller("sa-acct", "SA"))).isEqualTo(new Grants(Slot.MAIN));
        assertThat(policy.approve(request, caller("sa-other", "SA"))).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.reason()).contains("the SA of the opportunity or the account"));
        assertThat(policy.approve(request, caller("csm-1", "CSM"))).isInstanceOf(Refused.class);
    }

    @Test
    void anApprovedRequestCannotBeApprovedAgainBySomeoneEntitled() {
        ApprovalSubject approved = customer(false, "admin-1", null);

        assertThat(policy.approve(approved, caller("admin-1", "ADMIN"))).isInstanceOf(AlreadyGiven.class);
        assertThat(policy.approve(approved, caller("csm-1", "CSM"))).isInstanceOf(Refused.class);
    }

    @Test
    void whoMayApproveMayReject() {
        ApprovalSubject request = customer(true, null, null);

        assertThat(policy.reject(request, caller("csm-1", "CSM"))).isInstanceOf(Grants.class);
        assertThat(policy.reject(request, caller("asm-1", "ASM"))).isInstanceOf(Grants.class);
        assertThat(policy.reject(customer(false, null, null), caller("asm-1", "ASM")))
                .isInstanceOfSatisfying(Refused.class,
                        refused -> assertThat(refused.reason()).contains("asm-1 may not reject"));
    }

    private static ApprovalSubject customer(boolean exception, String approvedBy, String exceptionApprovedBy) {
        return new ApprovalSubject(true, Set.of("csm-1"), exception, approvedBy, exceptionApprovedBy);
    }

    private static Caller caller(String personId, String... roles) {
        return new Caller(personId, Set.of(roles));
    }
}
