package dev.seamless.triage.assignment;

/** What made an (re)assignment happen. */
public enum AssignmentTrigger {
    /** The request qualified (at intake, once the AE supplied information, or once an exception was approved). */
    QUALIFIED,
    /** An SA pulled the request from the backlog by starting it. */
    PULLED,
    /** The SA's absence overlaps the engagement. */
    PTO,
    /** The SA left the roster. */
    DEACTIVATED,
    /** The SA is over capacity and work was rebalanced. */
    CAPACITY,
    /** Someone reassigned it by hand. */
    MANUAL,
    /** The account's own SA changed (the CRM or an SA leader), and the request moved with the account. */
    ACCOUNT_TRANSFER,
    /** Capacity freed up (an SA's load dropped, an SA came back) and a request held in the backlog was placed. */
    BACKLOG_PLACED
}
