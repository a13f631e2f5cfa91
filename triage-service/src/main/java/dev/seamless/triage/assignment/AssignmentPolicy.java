package dev.seamless.triage.assignment;

/**
 * @param expertiseAdvantage how many more of the request's topics another available SA must match before the
 *            account's SA gives the request up (seed 000: "another SA has notably deeper subject matter expertise")
 */
public record AssignmentPolicy(int expertiseAdvantage) {
}
