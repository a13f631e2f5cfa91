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
 * @param approvedBy who gave the main approval so far, or null
 * @param exceptionApprovedBy who gave the extra approval so far, or null
 */
public record ApprovalSubject(boolean customer, Set<String> owners, boolean exceptionApprovalRequired,
        String approvedBy, String exceptionApprovedBy) {

    public ApprovalSubject {
        owners = new LinkedHashSet<>(owners);
    }

    public boolean complete() {
        return approvedBy != null && (!exceptionApprovalRequired || exceptionApprovedBy != null);
    }
}
