package dev.seamless.slack.approval;

import dev.seamless.slack.approval.ApprovalOutcome.AlreadyGiven;
import dev.seamless.slack.approval.ApprovalOutcome.Grants;
import dev.seamless.slack.approval.ApprovalOutcome.Refused;
import dev.seamless.slack.approval.ApprovalOutcome.Slot;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who may approve or reject a channel request (seed 001: "the CSM for the account must approve", "the SA must
 * approve"): a customer channel by the account's CSM, an ephemeral one by the SA of the opportunity or of the
 * account, and either by an admin. A documented exception also needs a second person holding one of the exception
 * approver roles (or an admin); one person never gives both approvals.
 */
public final class ApprovalPolicy {

    private final Set<String> exceptionApproverRoles;

    public ApprovalPolicy(Set<String> exceptionApproverRoles) {
        this.exceptionApproverRoles = new LinkedHashSet<>(exceptionApproverRoles);
    }

    public ApprovalOutcome approve(ApprovalSubject subject, Caller caller) {
        String me = caller.personId();
        if (me.equals(subject.approvedBy()) || me.equals(subject.exceptionApprovedBy())) {
            return new AlreadyGiven("You (" + me + ") have already approved this request"
                    + (subject.complete() ? "." : "; it still needs " + stillNeeded(subject) + "."));
        }
        if (subject.approvedBy() == null && isOwner(subject, caller)) {
            return new Grants(Slot.MAIN);
        }
        if (subject.exceptionApprovalRequired() && subject.exceptionApprovedBy() == null
                && isExceptionApprover(caller)) {
            return new Grants(Slot.EXCEPTION);
        }
        return new Refused(me + " may not approve this request: it needs " + stillNeeded(subject) + ".");
    }

    /** Anyone who may give one of the request's approvals may also reject it. */
    public ApprovalOutcome reject(ApprovalSubject subject, Caller caller) {
        if (isOwner(subject, caller)) {
            return new Grants(Slot.MAIN);
        }
        if (subject.exceptionApprovalRequired() && isExceptionApprover(caller)) {
            return new Grants(Slot.EXCEPTION);
        }
        return new Refused(caller.personId() + " may not reject this request: only " + ownerDescription(subject)
                + (subject.exceptionApprovalRequired() ? ", someone with role " + exceptionRoles() : "")
                + " or an admin may.");
    }

    private boolean isOwner(ApprovalSubject subject, Caller caller) {
        return subject.owners().contains(caller.personId()) || caller.isAdmin();
    }

    private boolean isExceptionApprover(Caller caller) {
        return caller.hasAnyRole(exceptionApproverRoles) || caller.isAdmin();
    }

    private String stillNeeded(ApprovalSubject subject) {
        StringBuilder needed = new StringBuilder();
        if (subject.approvedBy() == null) {
            needed.append("the approval of ").append(ownerDescription(subject)).append(" or an admin");
        }
        if (subject.exceptionApprovalRequired() && subject.exceptionApprovedBy() == null) {
            if (needed.length() > 0) {
                needed.append(", and ");
            }
            needed.append("an extra approval for the exception by someone with role ").append(exceptionRoles())
                    .append(" (or an admin)");
            if (subject.approvedBy() != null) {
                needed.append(" other than ").append(subject.approvedBy());
            }
        }
        return needed.toString();
    }

    private String ownerDescription(ApprovalSubject subject) {
        String who = subject.customer() ? "the account's CSM" : "the SA of the opportunity or the account";
        return subject.owners().isEmpty() ? who + " (none assigned)" : who + " (" + String.join(", ",
                subject.owners()) + ")";
    }

    private String exceptionRoles() {
        return String.join(" or ", exceptionApproverRoles);
    }
}
