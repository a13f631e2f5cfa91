package dev.seamless.triage.roster;

import dev.seamless.events.directory.PersonAvailabilityChanged;
import dev.seamless.events.directory.PersonUpdated;
import dev.seamless.events.types.PersonRole;
import dev.seamless.triage.assignment.Absence;
import dev.seamless.triage.assignment.CandidateSa;
import dev.seamless.triage.board.Label;
import dev.seamless.triage.board.RequestStatus;
import dev.seamless.triage.request.TriageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SA roster as the directory describes it (role SA: region, segment, expertise, capacity, absences) and the
 * weighted workload of each SA's open engagements.
 */
@ApplicationScoped
public class RosterService {

    @Inject
    WorkloadPolicy workload;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public RosterChange project(PersonUpdated person) {
        SolutionsArchitect sa = SolutionsArchitect.findById(person.personId());
        boolean isSa = person.role() == PersonRole.SA;
        if (sa == null && !isSa) {
            return RosterChange.NONE;
        }
        boolean wasActive = sa != null && sa.active;
        Integer previousCapacity = sa == null ? null : sa.capacity;
        boolean isNew = sa == null;
        if (isNew) {
            sa = new SolutionsArchitect();
            sa.personId = person.personId();
        }
        sa.name = person.name();
        sa.email = person.email();
        sa.region = person.region();
        sa.segment = person.segment();
        sa.expertise = new ArrayList<>(person.expertise());
        sa.capacity = person.capacity();
        sa.active = isSa && person.active();
        sa.updatedAt = OffsetDateTime.now(clock);
        if (isNew) {
            sa.persist();
        }
        if (wasActive && !sa.active) {
            return RosterChange.DEACTIVATED;
        }
        boolean capacityReduced = wasActive && sa.capacityOr(workload.defaultCapacity())
                .compareTo(capacityOf(previousCapacity)) < 0;
        return capacityReduced ? RosterChange.CAPACITY_REDUCED : RosterChange.NONE;
    }

    /** @return whether the absence is new (a repeated one changes nothing) */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordAbsence(PersonAvailabilityChanged availability) {
        if (availability.unavailableTo().isBefore(availability.unavailableFrom())) {
            throw new IllegalArgumentException("unavailableTo " + availability.unavailableTo()
                    + " is before unavailableFrom " + availability.unavailableFrom());
        }
        boolean known = SaAbsence.count("personId = ?1 and fromDay = ?2 and toDay = ?3 and reason = ?4",
                availability.personId(), availability.unavailableFrom(), availability.unavailableTo(),
                availability.reason()) > 0;
        if (known) {
            return false;
        }
        SaAbsence absence = new SaAbsence();
        absence.personId = availability.personId();
        absence.fromDay = availability.unavailableFrom();
        absence.toDay = availability.unavailableTo();
        absence.reason = availability.reason();
        absence.receivedAt = OffsetDateTime.now(clock);
        absence.persist();
        return true;
    }

    /** Every SA of the roster as the assignment engine sees it, the given request's own weight left out. */
    public List<CandidateSa> candidates(String leaveOutRequestId) {
        Map<String, BigDecimal> workloads = workloads(leaveOutRequestId);
        Map<String, List<Absence>> absences = currentAbsences();
        return SolutionsArchitect.<SolutionsArchitect>listAll().stream()
                .map(sa -> new CandidateSa(sa.personId, sa.active, sa.topics(),
                        sa.capacityOr(workload.defaultCapacity()),
                        workloads.getOrDefault(sa.personId, BigDecimal.ZERO), sa.lastAssignedAt,
                        absences.getOrDefault(sa.personId, List.of())))
                .toList();
    }

    /** The weighted workload of each SA's engagements (triaged or in progress). */
    public Map<String, BigDecimal> workloads(String leaveOutRequestId) {
        Map<String, BigDecimal> workloads = new HashMap<>();
        List<TriageRequest> engaged = TriageRequest.list("status in ?1 and saId is not null",
                List.of(RequestStatus.TRIAGED, RequestStatus.DOING));
        for (TriageRequest request : engaged) {
            if (!request.id.equals(leaveOutRequestId)) {
                workloads.merge(request.saId, weightOf(request), BigDecimal::add);
            }
        }
        return workloads;
    }

    public BigDecimal weightOf(TriageRequest request) {
        return workload.weightOf(request.activity, request.synchronous, request.labels.contains(Label.EXPEDITE));
    }

    public BigDecimal capacityOf(SolutionsArchitect sa) {
        return sa.capacityOr(workload.defaultCapacity());
    }

    /** Absences that have not ended, by person. */
    public Map<String, List<Absence>> currentAbsences() {
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        return SaAbsence.<SaAbsence>list("toDay >= ?1 order by fromDay", yesterday).stream()
                .collect(Collectors.groupingBy(absence -> absence.personId,
                        Collectors.mapping(SaAbsence::toAbsence, Collectors.toList())));
    }

    public boolean availableOn(String personId, LocalDate day) {
        SolutionsArchitect sa = SolutionsArchitect.findById(personId);
        return sa != null && sa.active && SaAbsence.count("personId = ?1 and fromDay <= ?2 and toDay >= ?2",
                personId, day) == 0;
    }

    private BigDecimal capacityOf(Integer capacity) {
        return capacity == null ? workload.defaultCapacity() : BigDecimal.valueOf(capacity);
    }
}
