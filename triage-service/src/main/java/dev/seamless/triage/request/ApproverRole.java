package dev.seamless.triage.request;

import dev.seamless.events.Roles;

/** The two approvals an exception needs (seed 002: "mentioning both the ASM ... as well as the Commercial SA Leader"). */
public enum ApproverRole {
    ASM(Roles.ASM), SA_LEADER(Roles.SA_LEADER);

    private final String tokenRole;

    ApproverRole(String tokenRole) {
        this.tokenRole = tokenRole;
    }

    /** The role a caller's token must carry to approve as this. */
    public String tokenRole() {
        return tokenRole;
    }
}
