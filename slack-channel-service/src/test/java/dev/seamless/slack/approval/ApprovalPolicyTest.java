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

    private final ApprovalPolicy policy = new ApprovalPolicy(new LinkedHashSet<>(List.of("ASM", "SA_LEADER")),
            Set.of("ADMIN"));

    @Test
    void onlyTheAccountsCsmApprovesACustomerChannelNotAnAdminInPerson() {
        ApprovalSubject request = customer(false, null, null);

        assertThat(policy.approve(request, caller("csm-1", "CSM"), null)).isEqualTo(new Grants(Slot.MAIN));
        assertThat(policy.approve(request, caller("admin-1", "ADMIN"), null)).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.reason()).contains("admin-1 may not approve", "the account's CSM (csm-1)",
                        "\"onBehalfOf\""));
        assertThat(policy.approve(request, caller("csm-2", "CSM"), null)).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.reason()).contains("csm-2 may not approve", "the account's CSM (csm-1)"));
        assertThat(policy.approve(request, caller("asm-1", "ASM"), null)).as("no exception claimed")
                .isInstanceOf(Refused.class);
    }

    @Test
    void anAdminDecidesOnlyOnBehalfOfTheApproverAndOnlyAnAdmin() {
        ApprovalSubject request = customer(false, null, null);
        Caller admin = caller("admin-1", "ADMIN");

        assertThat(policy.approve(request, caller("csm-1", "CSM"), admin)).isEqualTo(new Grants(Slot.MAIN));
        assertThat(policy.reject(request, caller("csm-1", "CSM"), admin)).isEqualTo(new Grants(Slot.MAIN));
        assertThat(policy.approve(request, caller("csm-2", "CSM"), admin)).as("on behalf of someone else")
                .isInstanceOfSatisfying(Refused.class,
                        refused -> assertThat(refused.reason()).contains("csm-2 may not approve"));
        assertThat(policy.approve(request, caller("csm-1", "CSM"), caller("leader-1", "SA_LEADER")))
                .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.reason())
                        .contains("leader-1 may not decide on someone else's behalf", "ADMIN"));
        assertThat(policy.approve(customer(false, "csm-1", null), caller("csm-1", "CSM"), admin))
                .isInstanceOf(AlreadyGiven.class);
    }

    @Test
    void anExceptionNeedsASecondPersonWithAnExceptionApproverRole() {
        ApprovalSubject fresh = customer(true, null, null);
        assertThat(policy.approve(fresh, caller("asm-1", "ASM"), null)).as("either approval may come first")
                .isEqualTo(new Grants(Slot.EXCEPTION));

        ApprovalSubject csmApproved = customer(true, "csm-1", null);
        assertThat(csmApproved.complete()).isFalse();
        assertThat(policy.approve(csmApproved, caller("leader-1", "SA_LEADER"), null))
                .isEqualTo(new Grants(Slot.EXCEPTION));
        assertThat(policy.approve(csmApproved, caller("ae-1", "AE"), null)).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.reason()).contains("extra approval", "ASM or SA_LEADER",
                        "other than csm-1"));
        assertThat(policy.approve(csmApproved, caller("admin-1", "ADMIN"), null)).as("an admin is no ASM")
                .isInstanceOf(Refused.class);
        assertThat(policy.approve(csmApproved, caller("asm-1", "ASM"), caller("admin-1", "ADMIN")))
                .as("on behalf of an ASM").isEqualTo(new Grants(Slot.EXCEPTION));
        assertThat(policy.approve(csmApproved, caller("csm-1", "CSM", "ASM"), null)).as("one person, one approval")
                .isInstanceOf(AlreadyGiven.class);
        assertThat(customer(true, "csm-1", "asm-1").complete()).isTrue();
    }

    @Test
    void aProxyWhoTookPartInOneApprovalOfAnExceptionMayNotGiveTheOther() {
        Caller admin = caller("admin-1", "ADMIN");
        ApprovalSubject csmApprovedByAdmin = new ApprovalSubject(true, Set.of("csm-1"), true, "csm-1", "admin-1",
                null, null);
        assertThat(policy.approve(csmApprovedByAdmin, caller("asm-1", "ASM"), admin)).as("the admin again, for an ASM")
                .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.reason()).contains(
                        "admin-1 already took part in the approval of this request (by csm-1, proxy admin-1)",
                        "other than csm-1 and admin-1"));
        assertThat(policy.approve(csmApprovedByAdmin, caller("admin-1", "ADMIN", "ASM"), null))
                .as("the admin in person").isInstanceOf(Refused.class);
        assertThat(policy.approve(csmApprovedByAdmin, caller("asm-1", "ASM"), caller("admin-2", "ADMIN")))
                .as("another admin").isEqualTo(new Grants(Slot.EXCEPTION));

        ApprovalSubject asmApprovedByAdmin = new ApprovalSubject(true, Set.of("csm-1"), true, null, null, "asm-1",
                "admin-1");
        assertThat(policy.approve(asmApprovedByAdmin, caller("csm-1", "CSM"), admin)).as("either order")
                .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.reason())
                        .contains("admin-1 already took part in the extra approval"));
        assertThat(policy.approve(asmApprovedByAdmin, caller("csm-1", "CSM"), null)).isEqualTo(new Grants(Slot.MAIN));
    }

    @Test
    void thePersonActedForCountsAsTakingPartToo() {
        ApprovalSubject csmApprovedInPerson = customer(true, "csm-1", null);
        assertThat(policy.approve(csmApprovedInPerson, caller("asm-1", "ASM"), caller("csm-1", "CSM", "ADMIN")))
                .as("the CSM as an ASM's proxy").isInstanceOfSatisfying(Refused.class,
                        refused -> assertThat(refused.reason()).contains("csm-1 already took part in the approval"));

        ApprovalSubject approvedForTheAdmin = new ApprovalSubject(true, Set.of("csm-1"), true, null, null,
                "admin-1", "admin-2");
        assertThat(policy.approve(approvedForTheAdmin, caller("csm-1", "CSM"), caller("admin-1", "ADMIN")))
                .as("the person an extra approval was given for, now a proxy").isInstanceOfSatisfying(Refused.class,
                        refused -> assertThat(refused.reason()).contains("admin-1 already took part"));
    }

    @Test
    void theSaOfTheOpportunityOrTheAccountApprovesAnEphemeralChannel() {
        ApprovalSubject request = ApprovalSubject.undecided(false, Set.of("sa-opp", "sa-acct"), false);

        assertThat(policy.approve(request, caller("sa-opp", "SA"), null)).isEqualTo(new Grants(Slot.MAIN));
        assertThat(policy.approve(request, caller("sa-acct", "SA"), null)).isEqualTo(new Grants(Slot.MAIN));
        assertThat(policy.approve(request, caller("sa-other", "SA"), null)).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.reason()).contains("the SA of the opportunity or the account"));
        assertThat(policy.approve(request, caller("csm-1", "CSM"), null)).isInstanceOf(Refused.class);
    }

    @Test
    void withoutAnApproverNobodyApproves() {
        ApprovalSubject nobody = ApprovalSubject.undecided(true, Set.of(), false);

        assertThat(policy.approve(nobody, caller("admin-1", "ADMIN"), null)).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.reason()).contains("the account's CSM (none assigned)"));
    }

    @Test
    void anApprovedRequestCannotBeApprovedAgainBySomeoneEntitled() {
        ApprovalSubject approved = customer(false, "csm-1", null);

        assertThat(policy.approve(approved, caller("csm-1", "CSM"), null)).isInstanceOf(AlreadyGiven.class);
        assertThat(policy.approve(approved, caller("csm-2", "CSM"), null)).isInstanceOf(Refused.class);
    }

    @Test
    void whoMayApproveMayReject() {
        ApprovalSubject request = customer(true, null, null);

        assertThat(policy.reject(request, caller("csm-1", "CSM"), null)).isInstanceOf(Grants.class);
        assertThat(policy.reject(request, caller("asm-1", "ASM"), null)).isInstanceOf(Grants.class);
        assertThat(policy.reject(request, caller("admin-1", "ADMIN"), null)).isInstanceOf(Refused.class);
        assertThat(policy.reject(customer(false, null, null), caller("asm-1", "ASM"), null))
                .isInstanceOfSatisfying(Refused.class,
                        refused -> assertThat(refused.reason()).contains("asm-1 may not reject"));
    }

    private static ApprovalSubject customer(boolean exception, String approvedBy, String exceptionApprovedBy) {
        return new ApprovalSubject(true, Set.of("csm-1"), exception, approvedBy, null, exceptionApprovedBy, null);
    }

    private static Caller caller(String personId, String... roles) {
        return new Caller(personId, Set.of(roles));
    }
}
