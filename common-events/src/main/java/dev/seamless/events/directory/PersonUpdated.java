package dev.seamless.events.directory;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.Segment;
import dev.seamless.events.validation.Defaults;
import dev.seamless.events.validation.NonNegative;
import dev.seamless.events.validation.Required;
import java.util.List;

/**
 * The people directory saved a person: full current state. {@code capacity} is the weighted workload an SA can carry
 * (absent: the service's default); {@code active=false} means the person left or is deactivated.
 */
public record PersonUpdated(
        @Required String personId,
        @Required String name,
        @Required String email,
        @Required PersonRole role,
        String region,
        Segment segment,
        List<String> expertise,
        @NonNegative Integer capacity,
        String slackUserId,
        @Required Boolean active) implements SeamlessEvent {

    public PersonUpdated {
        expertise = Defaults.listOrEmpty(expertise);
    }

    @Override
    public String partitionKey() {
        return personId;
    }
}
