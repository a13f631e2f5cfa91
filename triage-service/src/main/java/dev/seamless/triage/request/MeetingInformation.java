package dev.seamless.triage.request;

import dev.seamless.triage.api.TimeZoneId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the AE supplies to a request that waits on them ({@code POST /api/triage-requests/{id}/info}); every field is
 * optional and a given one replaces the request's value.
 */
public record MeetingInformation(
        @Size(max = 10000) String desiredOutcome,
        @Size(max = 10000) String objectives,
        @Size(max = 10000) String agenda,
        @Size(max = 100) List<@NotBlank @Size(max = 255) String> attendees,
        @Size(max = 10000) String challenges,
        @Size(max = 10000) String infrastructure,
        @Size(max = 10000) String saTasks,
        @Size(max = 10000) String compellingEvent,
        OffsetDateTime requestedFor,
        @Size(max = 10) List<@NotNull OffsetDateTime> preferredDates,
        @Size(max = 64) @TimeZoneId String timezone) {

    boolean isEmpty() {
        return Stream.of(desiredOutcome, objectives, agenda, attendees, challenges, infrastructure, saTasks,
                compellingEvent, requestedFor, preferredDates, timezone).allMatch(value -> value == null);
    }

    void applyTo(TriageRequest request) {
        request.desiredOutcome = desiredOutcome != null ? desiredOutcome : request.desiredOutcome;
        request.objectives = objectives != null ? objectives : request.objectives;
        request.agenda = agenda != null ? agenda : request.agenda;
        request.attendees = attendees != null ? new ArrayList<>(attendees) : request.attendees;
        request.challenges = challenges != null ? challenges : request.challenges;
        request.infrastructure = infrastructure != null ? infrastructure : request.infrastructure;
        request.saTasks = saTasks != null ? saTasks : request.saTasks;
        request.compellingEvent = compellingEvent != null ? compellingEvent : request.compellingEvent;
        request.requestedFor = requestedFor != null ? requestedFor : request.requestedFor;
        request.preferredDates = preferredDates != null ? new ArrayList<>(preferredDates)
                : request.preferredDates;
        request.timezone = timezone != null ? timezone : request.timezone;
    }
}
