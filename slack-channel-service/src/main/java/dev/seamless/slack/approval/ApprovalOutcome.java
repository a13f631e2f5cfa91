package dev.seamless.slack.approval;

/** What an approval attempt comes to: which approval the caller gives, or why they may not. */
public sealed interface ApprovalOutcome {

    /** Which approval a person gives: the main one (CSM, SA, admin) or the extra one a documented exception needs. */
    enum Slot {
        MAIN, EXCEPTION
    }

    /** The caller gives this approval. */
    record Grants(Slot slot) implements ApprovalOutcome {
    }

    /** The caller is not entitled to approve (403). */
    record Refused(String reason) implements ApprovalOutcome {
    }

    /** The caller is entitled but has nothing left to approve, e.g. already approved (409). */
    record AlreadyGiven(String reason) implements ApprovalOutcome {
    }
}
