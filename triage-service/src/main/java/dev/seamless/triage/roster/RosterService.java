package dev.seamless.triage.roster;

import dev.seamless.events.directory.PersonAvailabilityChanged;
import dev.seamless.events.directory.PersonUpdated;
import dev.seamless.events.types.Activity;
import dev.seamless.events.types.PersonRole;
import dev.seamless.triage.assignment.Absence;
import dev.seamless.triage.assignment.CandidateSa;
import dev.seamless.triage.board.Label;
import dev.seamless.triage.board.RequestStatus;
import dev.seamless.triage.calendar.CompanyTime;
import dev.seamless.triage.qualification.Route;
import dev.seamless.triage.request.TriageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;

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

    @Inject
    EntityManager entityManager;

    @Inject
    CompanyTime time;

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
                .map(sa -> new CandidateSa(sa.personId, sa.region, sa.active, sa.topics(),
                        sa.capacityOr(workload.defaultCapacity()),
                        workloads.getOrDefault(sa.personId, BigDecimal.ZERO), sa.lastAssignedAt,
                        absences.getOrDefault(sa.personId, List.of())))
                .toList();
    }

    /**
     * The weighted workload of each SA's engagements (triaged or in progress), from one aggregate query: the
     * engagements are counted by what their weight depends on, not loaded.
     */
    @SuppressWarnings("unchecked")
    public Map<String, BigDecimal> workloads(String leaveOutRequestId) {
        List<Object[]> counts = entityManager.createNativeQuery("select sa_id, activity, synchronous, route,"
                + " jsonb_exists(labels, '" + Label.EXPEDITE + "'), count(*) from triage_request"
                + " where status in (?1) and sa_id is not null and id <> ?2 group by 1, 2, 3, 4, 5")
                .setParameter(1, List.of(RequestStatus.TRIAGED.name(), RequestStatus.DOING.name()))
                .setParameter(2, leaveOutRequestId == null ? "" : leaveOutRequestId)
                // decisions earlier in the transaction are flushed first, so they count
                .unwrap(NativeQuery.class).addSynchronizedEntityClass(TriageRequest.class)
                .getResultList();
        Map<String, BigDecimal> workloads = new HashMap<>();
        for (Object[] row : counts) {
            boolean meeting = (Boolean) row[2] && Route.valueOf((String) row[3]).allowsMeetings();
            BigDecimal weight = workload.weightOf(Activity.valueOf((String) row[1]), meeting, (Boolean) row[4]);
            BigDecimal engagements = BigDecimal.valueOf(((Number) row[5]).longValue());
            workloads.merge((String) row[0], weight.multiply(engagements), BigDecimal::add);
        }
        return workloads;
    }

    public BigDecimal weightOf(TriageRequest request) {
        return workload.weightOf(request.activity, request.meetsSynchronously(),
                request.labels.contains(Label.EXPEDITE));
    }

    public BigDecimal capacityOf(SolutionsArchitect sa) {
        return sa.capacityOr(workload.defaultCapacity());
    }

    /** Absences that have not ended, by person. */
    public Map<String, List<Absence>> currentAbsences() {
        LocalDate yesterday = time.today().minusDays(1);
        return SaAbsence.<SaAbsence>list("toDay >= ?1 order by fromDay", yesterday).stream()
                .collect(Collectors.groupingBy(absence -> absence.personId,
                        Collectors.mapping(SaAbsence::toAbsence, Collectors.toList())));
    }

    /** @return those of the people who are active SAs and not away on the day, from one query */
    public Set<String> availableOn(Collection<String> personIds, LocalDate day) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(entityManager.createQuery("select sa.personId from SolutionsArchitect sa"
                + " where sa.personId in :people and sa.active = true and not exists (from SaAbsence absence"
                + " where absence.personId = sa.personId and absence.fromDay <= :day and absence.toDay >= :day)",
                String.class).setParameter("people", personIds).setParameter("day", day).getResultList());
    }

    private BigDecimal capacityOf(Integer capacity) {
        return capacity == null ? workload.defaultCapacity() : BigDecimal.valueOf(capacity);
    }
}
