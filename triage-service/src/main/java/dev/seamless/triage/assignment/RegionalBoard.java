package dev.seamless.triage.assignment;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A regional triage board (seed 000: the Americas and the EMEA Commercial SA Triage boards): the requests of
 * accounts in its regions, served by the SAs in its regions. Regions compare trimmed and case-insensitively.
 *
 * @param name as shown in explanations, e.g. AMER
 */
public record RegionalBoard(String name, Set<String> regions) {

    public RegionalBoard {
        regions = regions.stream().map(RegionalBoard::normalized).collect(Collectors.toUnmodifiableSet());
    }

    public boolean serves(String region) {
        return region != null && regions.contains(normalized(region));
    }

    private static String normalized(String region) {
        return region.trim().toLowerCase(Locale.ROOT);
    }
}
