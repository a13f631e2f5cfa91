package dev.seamless.triage.assignment;

import java.util.Locale;

/**
 * @param expertiseAdvantage how many more of the request's topics another available SA must match before the
 *            account's SA gives the request up (seed 000: "another SA has notably deeper subject matter expertise")
 * @param boardFallback what happens when no SA of the request's regional board is available within capacity
 */
public record AssignmentPolicy(int expertiseAdvantage, BoardFallback boardFallback) {

    /** When no SA of the board can take a request. */
    public enum BoardFallback {
        /** SAs of every board are candidates, and the explanation says so. */
        ALL_SAS,
        /** It is not placed: the triage SA of the week holds it, else it stays in the backlog. */
        BACKLOG;

        public static BoardFallback fromConfig(String value) {
            return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }
}
