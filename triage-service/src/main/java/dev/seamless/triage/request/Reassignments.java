package dev.seamless.triage.request;

import dev.seamless.triage.assignment.Absence;
import dev.seamless.triage.assignment.AssignmentTrigger;
import dev.seamless.triage.assignment.EngagementLengths;
import dev.seamless.triage.calendar.CompanyTime;
import dev.seamless.triage.board.Label;
import dev.seamless.triage.board.RequestStatus;
import dev.seamless.triage.persistence.DecisionLock;
import dev.seamless.triage.roster.RosterService;
import dev.seamless.triage.roster.SaAbsence;
import dev.seamless.triage.roster.SolutionsArchitect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Moves work away from SAs who cannot do it (seed 000: availability and workload): an absence that overlaps an open
 * engagement, an SA leaving the roster, an SA over capacity. Each move is an assignment with its explanation and an
 * SAAssigned with the previous SA.
 */
@ApplicationScoped
public class Reassignments {

    @Inject
    TriageService triage;

    @Inject
    RosterService roster;

    @Inject
    Clock clock;

    @Inject
    DecisionLock decisionLock;

    @Inject
    CompanyTime time;

    @Inject
    EngagementLengths lengths;

    /** @return the ids of the requests moved because the SA is away on their engagement days */
    @Transactional
    public List<String> coverAbsences(String saId) {
        decisionLock.acquire();
        List<Absence> absences = roster.currentAbsences().getOrDefault(saId, List.of());
        List<String> moved = new ArrayList<>();
        if (absences.isEmpty()) {
            return moved;
        }
        for (TriageRequest request : openWorkOf(saId)) {
            Optional<String> conflict = request.engagementWindow(time, clock.instant(), lengths).conflictWith(absences);
            if (conflict.isPresent()) {
                triage.reassign(request, AssignmentTrigger.PTO, RequestLabels.SYSTEM, conflict.get());
                moved.add(request.id);
            }
        }
        return moved;
    }

    /** Covers the open work of every SA whose absence includes today (undated work needs its SA today). */
    @Transactional
    public List<String> coverAbsencesOfToday() {
        decisionLock.acquire();
        LocalDate today = time.today();
        List<String> absent = SaAbsence.<SaAbsence>list("fromDay <= ?1 and toDay >= ?1", today).stream()
                .map(absence -> absence.personId).distinct().toList();
        List<String> moved = new ArrayList<>();
        absent.forEach(saId -> moved.addAll(coverAbsences(saId)));
        return moved;
    }

    /**
     * Places the requests held in the backlog (by the triage SA, or by nobody) now that capacity may have freed up:
     * an SA's load dropped, an SA came back or joined. Preferred tiers first (seed 000: preference as bandwidth is
     * limited), then the oldest. A request nobody can take yet stays where it is, and nothing is recorded for it.
     *
     * @return the ids of the requests placed
     */
    @Transactional
    public List<String> placeBacklog() {
        decisionLock.acquire();
        List<TriageRequest> held = TriageRequest.<TriageRequest>list("status = ?1 order by submittedAt, id",
                RequestStatus.BACKLOG).stream()
                .sorted(Comparator.comparing(request -> !request.labels.contains(Label.PREFERRED_TIER)))
                .toList();
        List<String> placed = new ArrayList<>();
        for (TriageRequest request : held) {
            if (triage.placeFromBacklog(request, RequestLabels.SYSTEM)) {
                placed.add(request.id);
            }
        }
        return placed;
    }

    /** @return the ids of the requests moved because their SA left the roster */
    @Transactional
    public List<String> leaveRoster(String saId) {
        decisionLock.acquire();
        List<String> moved = new ArrayList<>();
        for (TriageRequest request : openWorkOf(saId)) {
            triage.reassign(request, AssignmentTrigger.DEACTIVATED, RequestLabels.SYSTEM,
                    "no longer an active SA of the roster");
            moved.add(request.id);
        }
        return moved;
    }

    /**
     * Moves triaged (not yet started) requests of an SA over capacity to others, the most recently assigned first,
     * until the SA's workload fits the capacity again.
     *
     * @return the ids of the requests moved
     */
    @Transactional
    public List<String> rebalance(String saId, String actor) {
        decisionLock.acquire();
        SolutionsArchitect sa = SolutionsArchitect.findById(saId);
        List<String> moved = new ArrayList<>();
        if (sa == null) {
            return moved;
        }
        BigDecimal capacity = roster.capacityOf(sa);
        BigDecimal load = roster.workloads(null).getOrDefault(saId, BigDecimal.ZERO);
        List<TriageRequest> notStarted = TriageRequest.list("saId = ?1 and status = ?2 order by assignmentId desc",
                saId, RequestStatus.TRIAGED);
        for (TriageRequest request : notStarted) {
            if (load.compareTo(capacity) <= 0) {
                break;
            }
            BigDecimal weight = roster.weightOf(request);
            triage.reassign(request, AssignmentTrigger.CAPACITY, actor, "over capacity: workload "
                    + load.stripTrailingZeros().toPlainString() + " exceeds capacity " + capacity.toPlainString());
            if (!saId.equals(request.saId)) {
                load = load.subtract(weight);
                moved.add(request.id);
            }
        }
        return moved;
    }

    private static List<TriageRequest> openWorkOf(String saId) {
        return TriageRequest.list("saId = ?1 and status in ?2 order by submittedAt", saId, TriageService.ASSIGNABLE);
    }
}
