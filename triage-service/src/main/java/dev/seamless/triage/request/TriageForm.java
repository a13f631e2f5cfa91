package dev.seamless.triage.request;

import dev.seamless.events.crm.TriageRequestSubmitted;
import dev.seamless.events.types.Activity;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.Segment;
import dev.seamless.events.types.Tier;
import dev.seamless.triage.api.OneOf;
import dev.seamless.triage.api.TimeZoneId;
import dev.seamless.triage.qualification.UsdRates;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The triage request form (DESIGN §4; seed 002 "Triage Request Form", seed 004 "Information to Collect"), as posted
 * to the API and as carried by {@code TriageRequestSubmitted}: both are validated by these constraints.
 * {@code requestId} is optional over REST (a new id is made) and makes a submission idempotent when given.
 * {@code currency} (of amount and IACV, USD when absent) is read over REST only: the event has no such field.
 */
public record TriageForm(
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "may use letters, digits and . _ : - only")
        String requestId,
        @NotBlank @Size(max = 64) String accountId,
        @NotBlank @Size(max = 255) String accountName,
        @Size(max = 64) String opportunityId,
        @NotNull @OneOf(Segment.class) String segment,
        @NotNull @OneOf(OrderType.class) String orderType,
        @NotNull @OneOf(Tier.class) String tier,
        @NotNull @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal amount,
        @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal iacv,
        @Size(max = 64) String requesterId,
        @NotNull @OneOf(Activity.class) String activity,
        @NotNull Boolean synchronous,
        @NotNull Boolean postSales,
        @Positive @Max(480) Integer durationMinutes,
        OffsetDateTime requestedFor,
        @Size(max = 10) List<@NotNull OffsetDateTime> preferredDates,
        @Size(max = 64) @TimeZoneId String timezone,
        @Size(max = 10000) String desiredOutcome,
        @Size(max = 10000) String objectives,
        @Size(max = 10000) String agenda,
        @Size(max = 100) List<@NotBlank @Size(max = 255) String> attendees,
        @Size(max = 10000) String challenges,
        @Size(max = 10000) String infrastructure,
        @Size(max = 10000) String saTasks,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> expertise,
        @Size(max = 10000) String compellingEvent,
        Boolean servicesInvolved,
        @Size(max = 3) @Pattern(regexp = "[A-Za-z]{3}", message = "must be an ISO 4217 code such as EUR")
        String currency) {

    public static TriageForm of(TriageRequestSubmitted event) {
        return new TriageForm(event.requestId(), event.accountId(), event.accountName(), event.opportunityId(),
                event.segment().name(), event.orderType().name(), event.tier().name(), event.amount(), event.iacv(),
                event.requesterId(), event.activity().name(), event.synchronous(), event.postSales(),
                event.durationMinutes(), event.requestedFor(), event.preferredDates(), event.timezone(),
                event.desiredOutcome(), event.objectives(), event.agenda(), event.attendees(), event.challenges(),
                event.infrastructure(), event.saTasks(), event.expertise(), event.compellingEvent(),
                event.servicesInvolved(), null);
    }

    /** Copies the form onto a new request; the fields were validated, so the enumerations parse. */
    void fill(TriageRequest request) {
        request.accountId = accountId;
        request.accountName = accountName;
        request.opportunityId = opportunityId;
        request.segment = Segment.fromJson(segment);
        request.orderType = OrderType.fromJson(orderType);
        request.tier = Tier.fromJson(tier);
        request.amount = amount;
        request.iacv = iacv;
        request.activity = Activity.fromJson(activity);
        request.synchronous = synchronous;
        request.postSales = postSales;
        request.durationMinutes = durationMinutes;
        request.requestedFor = requestedFor;
        request.preferredDates = copy(preferredDates);
        request.timezone = timezone;
        request.desiredOutcome = desiredOutcome;
        request.objectives = objectives;
        request.agenda = agenda;
        request.attendees = copy(attendees);
        request.challenges = challenges;
        request.infrastructure = infrastructure;
        request.saTasks = saTasks;
        request.expertise = copy(expertise);
        request.compellingEvent = compellingEvent;
        request.servicesInvolved = Boolean.TRUE.equals(servicesInvolved);
        request.currency = currency == null ? null : UsdRates.currencyOf(currency);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? new ArrayList<>() : new ArrayList<>(list);
    }
}
