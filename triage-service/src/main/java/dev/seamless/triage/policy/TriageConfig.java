package dev.seamless.triage.policy;

import io.smallrye.config.ConfigMapping;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code seamless.triage.*} settings; defaults in application.properties, explained in docs/triage.md. */
@ConfigMapping(prefix = "seamless.triage")
public interface TriageConfig {

    Policy policy();

    /** The company's time zone: the dates of requests without their own, and the service's "today". */
    String timeZone();

    Qualification qualification();

    Labels labels();

    Workload workload();

    Assignment assignment();

    Rotation rotation();

    Currency currency();

    interface Currency {
        /** USD per unit, keyed by ISO 4217 code (EUR, GBP, ...); USD needs none. */
        Map<String, BigDecimal> usdRates();
    }

    interface Policy {
        String name();
    }

    interface Qualification {
        /** Keyed by segment: smb, mid-market, named. */
        Map<String, BigDecimal> minPipedAmount();

        BigDecimal firstOrderMinPipedAmount();

        BigDecimal povMinAmount();

        /** Keyed by segment; segments without an entry have no limits on synchronous help. */
        Map<String, SyncLimits> syncLimits();

        int defaultMeetingMinutes();

        Optional<List<String>> requiredForMeetings();

        Duration officeHoursResponseTarget();

        Duration asyncResponseTarget();
    }

    interface SyncLimits {
        BigDecimal minIacv();

        int maxPresalesEngagements();

        int maxPresalesMinutes();

        int maxPostsalesEngagementsPerYear();

        int maxPostsalesMinutesPerYear();

        boolean guidedPov();

        /** Request topics that ask for architecture or deployment guidance this segment gets only asynchronously. */
        Optional<List<String>> unguidedTopics();
    }

    interface Labels {
        Duration expediteWithin();

        int fiscalYearStartMonth();

        String fiscalQuarterFormat();

        /** How often the board is re-evaluated as time passes ({@code off} disables it); read by the scheduler. */
        String reevaluateEvery();

        PreferredTier preferredTier();
    }

    interface PreferredTier {
        /** smb, mid-market, named; none: no preference label. */
        Optional<List<String>> segments();

        /** The lowest tier preferred: free, starter, premium, ultimate (old names accepted). */
        String from();
    }

    interface Workload {
        /** Keyed by activity: discovery-call, demo, pov, workshop, technical-question, security-review. */
        Map<String, BigDecimal> weight();

        BigDecimal asynchronousFactor();

        BigDecimal expediteFactor();

        BigDecimal defaultCapacity();
    }

    interface Assignment {
        int expertiseAdvantage();

        /** Keyed by activity (pov, workshop, ...): days the SA is needed from the requested day; absent: 1. */
        Map<String, Integer> engagementDays();

        /** Regional triage boards keyed by name (amer, emea, ...). */
        Map<String, Board> boards();

        /** When no SA of the request's board can take it: all-sas or backlog. */
        String boardFallback();
    }

    interface Board {
        /** Regions of accounts and SAs on the board, e.g. AMER, Americas East; compared case-insensitively. */
        Optional<List<String>> regions();
    }

    interface Rotation {
        LocalDate startsOn();

        Optional<List<String>> schedule();

        /** Who holds the backlog when no SA of the rotation is on duty: least-loaded or none. */
        String fallback();
    }
}
