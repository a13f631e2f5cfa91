package dev.seamless.events.support;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.validation.Required;

/** A customer contact wrote to a person of ours ({@code receivedBy}), e.g. the pre-sales SA after the deal closed. */
public record CustomerInquiryReceived(
        @Required String accountId,
        @Required String contactEmail,
        String contactName,
        String subject,
        @Required String receivedBy) implements SeamlessEvent {

    @Override
    public String partitionKey() {
        return accountId;
    }
}
