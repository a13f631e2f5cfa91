package dev.seamless.triage.qualification;

import java.time.LocalDate;

/**
 * A synchronous SA engagement the same account already had (or has open); {@code minutes} absent: the default.
 *
 * @param engagementDay the day it takes place, in its request's time zone (else the company's)
 */
public record PriorEngagement(String requestId, boolean postSales, Integer minutes, LocalDate engagementDay) {
}
