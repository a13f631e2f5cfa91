package dev.seamless.triage.clock;

import dev.seamless.triage.board.RequestStatus;
import dev.seamless.triage.qualification.Route;
import java.time.OffsetDateTime;

/**
 * What the clock rules read of a triage request.
 *
 * @param responseDueBy the response target of office hours and asynchronous-only help, else null
 * @param startedAt when the SA started the work (SA Doing), else null
 */
public record ClockFacts(RequestStatus status, Route route, String saId, OffsetDateTime submittedAt,
        OffsetDateTime qualifiedAt, OffsetDateTime responseDueBy, OffsetDateTime startedAt) {
}
