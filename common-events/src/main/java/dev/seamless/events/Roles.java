package dev.seamless.events;

/**
 * Roles a caller's bearer token may carry in its {@code groups} claim. Integrated systems that call the REST APIs
 * use INTEGRATION; ADMIN may act for anyone.
 */
public final class Roles {

    public static final String AE = "AE";
    public static final String SA = "SA";
    public static final String CSM = "CSM";
    public static final String ASM = "ASM";
    public static final String SA_LEADER = "SA_LEADER";
    public static final String ADMIN = "ADMIN";
    public static final String INTEGRATION = "INTEGRATION";

    private Roles() {
    }
}
