package dev.seamless.triage.board;

import dev.seamless.triage.calendar.FiscalCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The labels a request carries on the board (seed 004): one status label while it is open, {@code SA Action Items}
 * while its SA has open action items, {@code EXPEDITE} while fewer than 24 hours remain to the requested event,
 * {@code Preferred Tier} while an open request of a preferred segment's higher tier waits for bandwidth,
 * {@code Services} when professional services are involved, and the fiscal quarter of the engagement's day. Labels depend
 * on the time, so they are re-evaluated as time passes.
 */
public final class BoardLabels {

    private final LabelPolicy policy;
    private final FiscalCalendar calendar;

    public BoardLabels(LabelPolicy policy, FiscalCalendar calendar) {
        this.policy = policy;
        this.calendar = calendar;
    }

    public List<String> labelsFor(LabelFacts facts, Instant now) {
        List<String> labels = new ArrayList<>();
        switch (facts.status()) {
            case WAITING -> labels.add(Label.SA_WAITING);
            case BACKLOG -> labels.add(Label.SA_BACKLOG);
            case TRIAGED -> labels.add(Label.SA_TRIAGED);
            case DOING -> labels.add(Label.SA_DOING);
            default -> {
                // finished requests leave the status columns of the board
            }
        }
        if (facts.openActionItems()) {
            labels.add(Label.SA_ACTION_ITEMS);
        }
        if (expedite(facts, now)) {
            labels.add(Label.EXPEDITE);
        }
        if (facts.status().open() && policy.preferred(facts.segment(), facts.tier())) {
            labels.add(Label.PREFERRED_TIER);
        }
        if (facts.servicesInvolved()) {
            labels.add(Label.SERVICES);
        }
        labels.add(calendar.quarterLabel(facts.engagementTime().atZoneSameInstant(facts.zone()).toLocalDate()));
        return List.copyOf(labels);
    }

    private boolean expedite(LabelFacts facts, Instant now) {
        if (!facts.status().open() || facts.eventTime() == null) {
            return false;
        }
        Duration remaining = Duration.between(now, facts.eventTime().toInstant());
        return !remaining.isNegative() && remaining.compareTo(policy.expediteWithin()) < 0;
    }
}
