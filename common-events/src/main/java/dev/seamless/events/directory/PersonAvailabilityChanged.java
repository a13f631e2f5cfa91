package dev.seamless.events.directory;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.validation.Required;
import java.time.LocalDate;

/** A person is unavailable from one day to another, both days included (PTO, sick leave, training, ...). */
public record PersonAvailabilityChanged(
        @Required String personId,
        @Required LocalDate unavailableFrom,
        @Required LocalDate unavailableTo,
        @Required String reason) implements SeamlessEvent {

    @Override
    public String partitionKey() {
        return personId;
    }
}
