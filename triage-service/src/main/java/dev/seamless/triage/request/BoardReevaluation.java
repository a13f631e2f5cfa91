package dev.seamless.triage.request;

import dev.seamless.triage.board.RequestStatus;
import dev.seamless.triage.persistence.DecisionLock;
import dev.seamless.triage.policy.TriageConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Time changes the board: a request becomes EXPEDITE when fewer than 24 hours remain to its event and stops being so
 * when the event has passed, an absence that starts today takes undated work from its SA, and the backlog is placed
 * with SAs whose load dropped or who came back. Runs on a schedule;
 * tests call it directly after moving the clock.
 */
@ApplicationScoped
public class BoardReevaluation {

    @Inject
    RequestLabels labels;

    @Inject
    Reassignments reassignments;

    @Inject
    TriageConfig config;

    @Inject
    Clock clock;

    @Inject
    DecisionLock decisionLock;

    @Scheduled(identity = "triage-board-reevaluation", every = "${seamless.triage.labels.reevaluate-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        reevaluateLabels();
        reassignments.coverAbsencesOfToday();
        reassignments.placeBacklog();
    }

    /** @return how many requests changed labels */
    @Transactional
    public int reevaluateLabels() {
        decisionLock.acquire();
        OffsetDateTime horizon = OffsetDateTime.now(clock).plus(config.labels().expediteWithin());
        // requests without an event time may count down to their earliest preferred date
        List<TriageRequest> dated = TriageRequest.<TriageRequest>list("status in ?1 and (requestedFor <= ?2"
                + " or requestedFor is null)", List.copyOf(RequestStatus.OPEN), horizon).stream()
                .filter(request -> request.expediteTime() != null && !request.expediteTime().isAfter(horizon))
                .toList();
        int changed = 0;
        for (TriageRequest request : dated) {
            if (labels.refresh(request, RequestLabels.SYSTEM, "time passed")) {
                changed++;
            }
        }
        return changed;
    }
}
