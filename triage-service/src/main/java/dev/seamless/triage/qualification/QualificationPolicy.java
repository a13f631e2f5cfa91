package dev.seamless.triage.qualification;

import dev.seamless.events.types.Segment;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The thresholds of qualification (seed 002 and seed 000), every one from configuration.
 *
 * @param minPipedAmount per segment, the piped amount from which a deal qualifies for an SA
 * @param firstOrderMinPipedAmount the same for first orders, whatever the segment
 * @param povMinAmount the piped amount from which a POV is offered
 * @param syncLimits limits on synchronous help, for the segments that have them
 * @param defaultMeetingMinutes the length assumed for a meeting that does not say
 * @param requiredForMeetings what a meeting request must carry before it is scheduled
 * @param officeHoursResponseTarget first-response target of office hours (same day)
 * @param asyncResponseTarget response target of asynchronous-only help
 * @param usdRates the rates that convert other currencies to USD, the currency of the thresholds
 */
public record QualificationPolicy(Map<Segment, BigDecimal> minPipedAmount, BigDecimal firstOrderMinPipedAmount,
        BigDecimal povMinAmount, Map<Segment, SyncLimits> syncLimits, int defaultMeetingMinutes,
        List<RequestInformation> requiredForMeetings, Duration officeHoursResponseTarget,
        Duration asyncResponseTarget, UsdRates usdRates) {

    public QualificationPolicy {
        for (Segment segment : Segment.values()) {
            if (!minPipedAmount.containsKey(segment)) {
                throw new IllegalArgumentException("no minimum piped amount for segment " + segment);
            }
        }
        minPipedAmount = Map.copyOf(minPipedAmount);
        syncLimits = Map.copyOf(syncLimits);
        requiredForMeetings = List.copyOf(requiredForMeetings);
    }

    public Optional<SyncLimits> syncLimitsOf(Segment segment) {
        return Optional.ofNullable(syncLimits.get(segment));
    }
}
