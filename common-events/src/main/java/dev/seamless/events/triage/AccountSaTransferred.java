package dev.seamless.events.triage;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.validation.Required;

/**
 * The account's own SA changed for good (seed 000: one SA consistently services the customer): the CRM named another
 * SA, or an SA leader moved the account. Not sent for a PTO cover or an expertise pick, which serve one request and
 * leave the account with its SA. {@code previousSaId} is absent when the account had no SA; {@code decidedBy} is the
 * SA leader, or absent for a CRM change. The open requests move to the new SA ({@code SAAssigned} with
 * {@code previousSaId}).
 */
public record AccountSaTransferred(
        @Required String accountId,
        String previousSaId,
        @Required String saId,
        @Required String rule,
        @Required String reason,
        String decidedBy) implements SeamlessEvent {

    @Override
    public String partitionKey() {
        return accountId;
    }
}
