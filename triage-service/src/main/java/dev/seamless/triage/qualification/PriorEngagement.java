package dev.seamless.triage.qualification;

import java.time.OffsetDateTime;

/** A synchronous SA engagement the same account already had (or has open), counted against the segment's limits. */
public record PriorEngagement(String requestId, boolean postSales, int minutes, OffsetDateTime engagementTime) {
}
