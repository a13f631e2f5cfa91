package dev.seamless.triage.qualification;

import java.time.OffsetDateTime;

/** An exception to the qualification thresholds, approved by both the ASM and the Commercial SA leader (seed 002). */
public record ApprovedException(String asmId, OffsetDateTime asmApprovedAt, String saLeaderId,
        OffsetDateTime saLeaderApprovedAt) {

    String describe() {
        return "approved by ASM " + asmId + " (" + asmApprovedAt + ") and SA leader " + saLeaderId + " ("
                + saLeaderApprovedAt + ")";
    }
}
