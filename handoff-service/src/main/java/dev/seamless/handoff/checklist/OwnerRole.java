package dev.seamless.handoff.checklist;

/** Who owns a checklist item: the person handing over, the person taking over, or the account's AE. */
public enum OwnerRole {
    OUTGOING, INCOMING, AE
}
