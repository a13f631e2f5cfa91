package dev.seamless.triage.clock;

import io.smallrye.config.ConfigMapping;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Set;

/** The {@code seamless.triage.clocks.*} settings; defaults in application.properties, explained in docs/triage.md. */
@ConfigMapping(prefix = "seamless.triage.clocks")
public interface ClockConfig {

    /** How often due reminders and breaches are looked for ({@code off} disables it); read by the scheduler. */
    String checkEvery();

    /** The days that are not business days. */
    Set<DayOfWeek> weekend();

    Triage triage();

    AsyncResponse asyncResponse();

    WaitingOnAe waitingOnAe();

    interface Triage {
        int businessDays();

        Duration reminderLead();
    }

    interface AsyncResponse {
        Duration reminderLead();
    }

    interface WaitingOnAe {
        Duration remindAfter();

        /** Further time after the reminder until the clock is breached. */
        Duration declineAfter();

        /** Whether a breach declines the request. */
        boolean decline();
    }
}
