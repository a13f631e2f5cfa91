package dev.seamless.triage.request;

import dev.seamless.events.types.Activity;
import dev.seamless.triage.board.RequestStatus;
import dev.seamless.triage.qualification.Route;
import java.time.OffsetDateTime;
import java.util.List;

/** A line of the board. */
public record TriageRequestSummary(String id, String accountId, String accountName, String opportunityId,
        Activity activity, boolean synchronous, Route route, RequestStatus status, List<String> labels, String saId,
        String requesterId, OffsetDateTime requestedFor, OffsetDateTime submittedAt) {

    public static TriageRequestSummary of(TriageRequest request) {
        return new TriageRequestSummary(request.id, request.accountId, request.accountName, request.opportunityId,
                request.activity, request.synchronous, request.route, request.status, request.labels, request.saId,
                request.requesterId, request.requestedFor, request.submittedAt);
    }
}
