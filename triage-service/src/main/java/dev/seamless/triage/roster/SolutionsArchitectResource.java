package dev.seamless.triage.roster;

import dev.seamless.events.Roles;
import dev.seamless.triage.assignment.Absence;
import dev.seamless.triage.calendar.CompanyTime;
import dev.seamless.triage.request.Reassignments;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

@Path("/api/solutions-architects")
@RolesAllowed({ Roles.AE, Roles.SA, Roles.CSM, Roles.ASM, Roles.SA_LEADER, Roles.ADMIN, Roles.INTEGRATION })
public class SolutionsArchitectResource {

    /** The answer of a rebalance: which requests moved. */
    public record Rebalanced(String saId, List<String> movedRequestIds) {
    }

    @Inject
    RosterService roster;

    @Inject
    Reassignments reassignments;

    @Inject
    JsonWebToken caller;

    @Inject
    CompanyTime time;

    /** Every SA of the roster, the busiest first. */
    @GET
    public List<SolutionsArchitectView> list() {
        Map<String, BigDecimal> workloads = roster.workloads(null);
        Map<String, List<Absence>> absences = roster.currentAbsences();
        LocalDate today = time.today();
        return SolutionsArchitect.<SolutionsArchitect>listAll().stream().map(sa -> {
            BigDecimal workload = workloads.getOrDefault(sa.personId, BigDecimal.ZERO);
            BigDecimal capacity = roster.capacityOf(sa);
            List<Absence> away = absences.getOrDefault(sa.personId, List.of());
            BigDecimal utilisation = capacity.signum() == 0 ? null
                    : workload.divide(capacity, 2, RoundingMode.HALF_UP);
            return new SolutionsArchitectView(sa.personId, sa.name, sa.email, sa.region, sa.segment, sa.expertise,
                    sa.active, capacity, workload.stripTrailingZeros(), utilisation,
                    sa.active && away.stream().noneMatch(absence -> absence.covers(today)), away, sa.lastAssignedAt);
        }).sorted((one, other) -> {
            int byWorkload = other.weightedWorkload().compareTo(one.weightedWorkload());
            return byWorkload != 0 ? byWorkload : one.personId().compareTo(other.personId());
        }).toList();
    }

    /** Moves not-yet-started work of an SA over capacity to others until the SA fits again. */
    @POST
    @Path("{id}/rebalance")
    @RolesAllowed({ Roles.SA_LEADER, Roles.ADMIN })
    public Rebalanced rebalance(@PathParam("id") String id) {
        if (SolutionsArchitect.findById(id) == null) {
            throw new NotFoundException("no SA " + id + " in the roster");
        }
        return new Rebalanced(id, reassignments.rebalance(id, caller.getSubject()));
    }
}
