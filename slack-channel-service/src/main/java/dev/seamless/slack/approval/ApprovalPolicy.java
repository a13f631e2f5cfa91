package dev.seamless.slack.approval;

import dev.seamless.slack.approval.ApprovalOutcome.AlreadyGiven;
import dev.seamless.slack.approval.ApprovalOutcome.Grants;
import dev.seamless.slack.approval.ApprovalOutcome.Refused;
import dev.seamless.slack.approval.ApprovalOutcome.Slot;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who may approve or reject a channel request (seed 001: "the CSM for the account must approve", "the SA must
 * approve"): a customer channel by the account's CSM, an ephemeral one by the SA of the opportunity or of the
 * account, and no one else. A documented exception also needs a second person holding one of the exception
 * approver roles; one person never gives both approvals, neither in person nor as the proxy of another: everyone
 * who took part in one approval, the approver and the proxy who acted for them, is barred from the other.
 * <p>
 * Nobody stands in for the approver implicitly. A person holding one of the on-behalf roles (ADMIN by default) may
 * decide explicitly on someone's behalf: the decision is then that person's, judged by their standing, and
 * recorded with the proxy who took it.
 */
public final class ApprovalPolicy {

    private final Set<String> exceptionApproverRoles;
    private final Set<String> onBehalfRoles;

    public ApprovalPolicy(Set<String> exceptionApproverRoles, Set<String> onBehalfRoles) {
        this.exceptionApproverRoles = new LinkedHashSet<>(exceptionApproverRoles);
        this.onBehalfRoles = new LinkedHashSet<>(onBehalfRoles);
    }

    /**
     * @param principal whose approval it is: the caller, or the person the caller acts for
     * @param proxy the caller acting on the principal's behalf, or null when the principal acts
     */
    public ApprovalOutcome approve(ApprovalSubject subject, Caller principal, Caller proxy) {
        if (proxy != null && !mayActOnBehalf(proxy)) {
            return notAProxy(proxy);
        }
        String me = principal.personId();
        if (me.equals(subject.approvedBy()) || me.equals(subject.exceptionApprovedBy())) {
            return new AlreadyGiven(me + " has already approved this request"
                    + (subject.complete() ? "." : "; it still needs " + stillNeeded(subject) + "."));
        }
        Slot slot;
        if (subject.approvedBy() == null && isOwner(subject, principal)) {
            slot = Slot.MAIN;
        } else if (subject.exceptionApprovalRequired() && subject.exceptionApprovedBy() == null
                && isExceptionApprover(principal)) {
            slot = Slot.EXCEPTION;
        } else {
            return new Refused(me + " may not approve this request: it needs " + stillNeeded(subject) + "."
                    + onBehalfHint(proxy));
        }
        Slot other = slot == Slot.MAIN ? Slot.EXCEPTION : Slot.MAIN;
        Set<String> tookPart = tookPart(subject, other);
        return present(me, proxy == null ? null : proxy.personId()).stream().filter(tookPart::contains).findFirst()
                .<ApprovalOutcome>map(twice -> new Refused(twice + " already took part in "
                        + (other == Slot.MAIN ? "the approval" : "the extra approval") + " of this request (by "
                        + String.join(", proxy ", tookPart) + "): one person never gives both approvals, in person"
                        + " or on someone's behalf. It still needs " + stillNeeded(subject) + "."))
                .orElse(new Grants(slot));
    }

    /** Anyone who may give one of the request's approvals may also reject it, in person or through a proxy. */
    public ApprovalOutcome reject(ApprovalSubject subject, Caller principal, Caller proxy) {
        if (proxy != null && !mayActOnBehalf(proxy)) {
            return notAProxy(proxy);
        }
        if (isOwner(subject, principal)) {
            return new Grants(Slot.MAIN);
        }
        if (subject.exceptionApprovalRequired() && isExceptionApprover(principal)) {
            return new Grants(Slot.EXCEPTION);
        }
        return new Refused(principal.personId() + " may not reject this request: only " + ownerDescription(subject)
                + (subject.exceptionApprovalRequired() ? " or someone with role " + exceptionRoles() : "")
                + " may." + onBehalfHint(proxy));
    }

    private boolean mayActOnBehalf(Caller proxy) {
        return proxy.hasAnyRole(onBehalfRoles);
    }

    private Refused notAProxy(Caller proxy) {
        return new Refused(proxy.personId() + " may not decide on someone else's behalf: only a person with role "
                + String.join(" or ", onBehalfRoles) + " may.");
    }

    /** Tells a caller who could act for the approver how to, instead of leaving them guessing. */
    private String onBehalfHint(Caller proxy) {
        return proxy == null ? " A person with role " + String.join(" or ", onBehalfRoles)
                + " may decide on the approver's behalf with \"onBehalfOf\"." : "";
    }

    /** Who took part in one of the approvals given: the approver, then the proxy who acted for them if any. */
    private static Set<String> tookPart(ApprovalSubject subject, Slot slot) {
        return slot == Slot.MAIN ? present(subject.approvedBy(), subject.approvedByProxy())
                : present(subject.exceptionApprovedBy(), subject.exceptionApprovedByProxy());
    }

    private static Set<String> present(String... personIds) {
        return Stream.of(personIds).filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static boolean isOwner(ApprovalSubject subject, Caller principal) {
        return subject.owners().contains(principal.personId());
    }

    private boolean isExceptionApprover(Caller principal) {
        return principal.hasAnyRole(exceptionApproverRoles);
    }

    private String stillNeeded(ApprovalSubject subject) {
        StringBuilder needed = new StringBuilder();
        if (subject.approvedBy() == null) {
            needed.append("the approval of ").append(ownerDescription(subject));
        }
        if (subject.exceptionApprovalRequired() && subject.exceptionApprovedBy() == null) {
            if (needed.length() > 0) {
                needed.append(", and ");
            }
            needed.append("an extra approval for the exception by someone with role ").append(exceptionRoles());
            if (subject.approvedBy() != null) {
                needed.append(" other than ").append(String.join(" and ", tookPart(subject, Slot.MAIN)));
            }
        }
        return needed.toString();
    }

    private static String ownerDescription(ApprovalSubject subject) {
        String who = subject.customer() ? "the account's CSM" : "the SA of the opportunity or the account";
        return subject.owners().isEmpty() ? who + " (none assigned)" : who + " (" + String.join(", ",
                subject.owners()) + ")";
    }

    private String exceptionRoles() {
        return String.join(" or ", exceptionApproverRoles);
    }
}
