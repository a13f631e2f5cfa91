package dev.seamless.triage.qualification;

import java.time.OffsetDateTime;

/** A synchronous SA engagement the same account already had (or has open); {@code minutes} absent: the default. */
public record PriorEngagement(String requestId, boolean postSales, Integer minutes, OffsetDateTime engagementTime) {
}
