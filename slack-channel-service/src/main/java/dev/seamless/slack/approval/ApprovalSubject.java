package dev.seamless.slack.approval;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the approval rule needs to know of a request waiting for approval.
 *
 * @param customer true for a customer channel or a conversion to one (the CSM approves), false for an ephemeral
 *        channel (the SA approves)
 * @param owners the people entitled to give the main approval: the account's CSM, or the SAs of the opportunity
 *        and of the account
 * @param exceptionApprovalRequired whether a documented exception needs an extra approval
 * @param approvedBy whose main approval was given so far, or null
 * @param approvedByProxy who gave it on {@code approvedBy}'s behalf, or null when they gave it in person
 * @param exceptionApprovedBy whose extra approval was given so far, or null
 * @param exceptionApprovedByProxy who gave it on {@code exceptionApprovedBy}'s behalf, or null
 */
public record ApprovalSubject(boolean customer, Set<String> owners, boolean exceptionApprovalRequired,
        String approvedBy, String approvedByProxy, String exceptionApprovedBy, String exceptionApprovedByProxy) {

    public ApprovalSubject {
        owners = new LinkedHashSet<>(owners);
    }

    /** A request without any approval given yet. */
    public static ApprovalSubject undecided(boolean customer, Set<String> owners, boolean exceptionApprovalRequired) {
        return new ApprovalSubject(customer, owners, exceptionApprovalRequired, null, null, null, null);
    }

    public boolean complete() {
        return approvedBy != null && (!exceptionApprovalRequired || exceptionApprovedBy != null);
    }
}
