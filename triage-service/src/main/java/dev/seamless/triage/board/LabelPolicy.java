package dev.seamless.triage.board;

import dev.seamless.events.types.Segment;
import dev.seamless.events.types.Tier;
import java.time.Duration;
import java.util.Set;

/**
 * @param expediteWithin an open request whose event is closer than this is EXPEDITE (seed 004: under 24 hours)
 * @param preferredTierSegments the segments whose higher tiers get preference on the board (seed 000: SMB)
 * @param preferredFromTier the lowest tier that gets it (seed 000: Premium/Silver; STARTER, paid, is below it)
 */
public record LabelPolicy(Duration expediteWithin, Set<Segment> preferredTierSegments, Tier preferredFromTier) {

    public LabelPolicy {
        preferredTierSegments = Set.copyOf(preferredTierSegments);
    }

    /** @return whether a request of the segment and tier gets preference */
    public boolean preferred(Segment segment, Tier tier) {
        return preferredTierSegments.contains(segment) && tier.isAtLeast(preferredFromTier);
    }
}
