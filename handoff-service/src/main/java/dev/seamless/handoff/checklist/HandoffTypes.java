package dev.seamless.handoff.checklist;

import java.util.Set;

/** The checklist types the triggers start; a templates file must define every one of them. */
public final class HandoffTypes {

    public static final String SA_TO_SA = "SA_TO_SA";
    public static final String SA_TO_CSM = "SA_TO_CSM";
    public static final String AE_TO_CSM = "AE_TO_CSM";
    public static final String CSM_TO_CSM = "CSM_TO_CSM";
    public static final String DIGITAL_ONBOARDING = "DIGITAL_ONBOARDING";
    public static final String PRE_TO_POST_SALES_CSM_INTRO = "PRE_TO_POST_SALES_CSM_INTRO";
    public static final String PRE_TO_POST_SALES_DIGITAL_ONBOARDING = "PRE_TO_POST_SALES_DIGITAL_ONBOARDING";

    public static final Set<String> STARTED_BY_TRIGGERS = Set.of(SA_TO_SA, SA_TO_CSM, AE_TO_CSM, CSM_TO_CSM,
            DIGITAL_ONBOARDING, PRE_TO_POST_SALES_CSM_INTRO, PRE_TO_POST_SALES_DIGITAL_ONBOARDING);

    /** Prepared while the deal is still open; an opportunity lost before closing makes them moot. */
    public static final Set<String> PRE_CLOSE = Set.of(PRE_TO_POST_SALES_CSM_INTRO,
            PRE_TO_POST_SALES_DIGITAL_ONBOARDING);

    private HandoffTypes() {
    }
}
