package dev.seamless.triage.qualification;

/**
 * One rule qualification evaluated. A failed check sends the request to {@code routeIfFailed} unless an approved
 * exception waived it.
 */
public record Check(String rule, boolean passed, boolean waived, Route routeIfFailed, String message) {

    static Check passed(String rule, String message) {
        return new Check(rule, true, false, null, message);
    }

    static Check failed(String rule, Route routeIfFailed, String message) {
        return new Check(rule, false, false, routeIfFailed, message);
    }

    Check waivedBy(ApprovedException exception) {
        return new Check(rule, false, true, routeIfFailed, message + " Waived by the exception " + exception.describe()
                + ".");
    }

    /** @return whether this check decides the route: it failed and was not waived */
    public boolean binding() {
        return !passed && !waived;
    }
}
