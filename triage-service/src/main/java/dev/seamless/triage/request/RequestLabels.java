package dev.seamless.triage.request;

import dev.seamless.events.triage.TriageLabelsChanged;
import dev.seamless.messaging.outbox.Outbox;
import dev.seamless.triage.board.BoardLabels;
import dev.seamless.triage.board.LabelDiff;
import dev.seamless.triage.calendar.CompanyTime;
import dev.seamless.triage.clock.ResponseClocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Keeps a request's labels true to its state and the time; every change is history and a TriageLabelsChanged. */
@ApplicationScoped
public class RequestLabels {

    public static final String SYSTEM = "system";

    @Inject
    BoardLabels board;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    CompanyTime time;

    @Inject
    ResponseClocks clocks;

    public List<String> compute(TriageRequest request) {
        return board.labelsFor(request.labelFacts(time), clock.instant());
    }

    /** @return whether the labels changed */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean refresh(TriageRequest request, String changedBy, String cause) {
        return apply(request, compute(request), changedBy, cause);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(TriageRequest request, List<String> labels, String changedBy, String cause) {
        // every change of a request ends here, so its response clocks follow its state
        clocks.track(request);
        LabelDiff diff = LabelDiff.between(request.labels, labels);
        if (diff.isEmpty()) {
            return false;
        }
        request.labels = new ArrayList<>(labels);
        LabelChange change = new LabelChange();
        change.requestId = request.id;
        change.labels = new ArrayList<>(labels);
        change.added = new ArrayList<>(diff.added());
        change.removed = new ArrayList<>(diff.removed());
        change.changedBy = changedBy;
        change.cause = cause;
        change.changedAt = OffsetDateTime.now(clock);
        change.persist();
        outbox.publish(new TriageLabelsChanged(request.id, request.accountId, labels, diff.added(), diff.removed(),
                changedBy));
        return true;
    }
}
