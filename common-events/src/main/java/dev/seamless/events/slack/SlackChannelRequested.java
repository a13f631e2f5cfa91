package dev.seamless.events.slack;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.types.ChannelKind;
import dev.seamless.events.types.Reason;
import dev.seamless.events.validation.Defaults;
import dev.seamless.events.validation.Required;
import java.util.List;

/** Someone asked for a Slack channel; {@code eligible} and {@code reasons} are the eligibility decision. */
public record SlackChannelRequested(
        @Required String channelId,
        @Required String accountId,
        @Required ChannelKind kind,
        @Required String requestedBy,
        String opportunityId,
        String purpose,
        boolean eligible,
        List<Reason> reasons,
        String approverId) implements SeamlessEvent {

    public SlackChannelRequested {
        reasons = Defaults.listOrEmpty(reasons);
    }

    @Override
    public String partitionKey() {
        return accountId;
    }
}
