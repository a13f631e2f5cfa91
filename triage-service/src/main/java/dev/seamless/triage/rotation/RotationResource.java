package dev.seamless.triage.rotation;

import dev.seamless.events.Roles;
import dev.seamless.triage.api.FieldError;
import dev.seamless.triage.api.InvalidInputException;
import dev.seamless.triage.api.QueryFilter;
import dev.seamless.triage.calendar.CompanyTime;
import dev.seamless.triage.roster.SolutionsArchitect;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The weekly triage SA: who is on duty on a date, and the rotation itself. */
@Path("/api/rotation")
@RolesAllowed({ Roles.AE, Roles.SA, Roles.CSM, Roles.ASM, Roles.SA_LEADER, Roles.ADMIN, Roles.INTEGRATION })
public class RotationResource {

    /** Body of {@code PUT /api/rotation}: the SAs in turn, a week each from the week of {@code startsOn}. */
    public record RotationRequest(@NotNull LocalDate startsOn,
            @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 64) String> saIds) {
    }

    /**
     * Who is on triage duty on {@code date}: the SA whose week it is ({@code scheduledSaId}) and who actually is on
     * duty ({@code onDutySaId}, another SA of the rotation when {@code covering} because the scheduled one is away).
     */
    public record DutyView(LocalDate date, LocalDate weekOf, String scheduledSaId, String onDutySaId, boolean covering,
            String source, LocalDate startsOn, List<String> rotation, String setBy, OffsetDateTime setAt) {
    }

    @Inject
    RotationService rotation;

    @Inject
    JsonWebToken caller;

    @Inject
    CompanyTime time;

    @GET
    public DutyView onDuty(@QueryParam("date") String date) {
        LocalDate asked = QueryFilter.parse("date", date, LocalDate::parse, new Object[] { "YYYY-MM-DD" });
        LocalDate day = asked == null ? time.today() : asked;
        return view(day, rotation.current(), rotation.dutyOn(day));
    }

    /** Replaces the rotation; every SA named must be an active SA of the roster. */
    @PUT
    @RolesAllowed({ Roles.SA_LEADER, Roles.ADMIN })
    public DutyView replace(@Valid @NotNull RotationRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.saIds().size(); i++) {
            SolutionsArchitect sa = SolutionsArchitect.findById(request.saIds().get(i));
            if (sa == null || !sa.active) {
                errors.add(new FieldError("saIds[" + i + "]", "is not an active SA of the roster"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        RotationService.Current current = rotation.replace(request.startsOn(), request.saIds(), caller.getSubject());
        LocalDate today = time.today();
        return view(today, current, rotation.dutyOn(today));
    }

    private static DutyView view(LocalDate day, RotationService.Current current,
            Optional<RotationSchedule.Duty> duty) {
        return new DutyView(day, RotationSchedule.weekOf(day), duty.map(RotationSchedule.Duty::scheduledSaId)
                .orElse(null), duty.map(RotationSchedule.Duty::onDutySaId).orElse(null),
                duty.map(RotationSchedule.Duty::covering).orElse(false), current.source(),
                current.schedule().startsOn(), current.schedule().saIds(), current.setBy(), current.setAt());
    }
}
