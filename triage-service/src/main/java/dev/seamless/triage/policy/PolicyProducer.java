package dev.seamless.triage.policy;

import dev.seamless.events.types.Activity;
import dev.seamless.events.types.Segment;
import dev.seamless.events.types.Tier;
import dev.seamless.triage.assignment.AssignmentEngine;
import dev.seamless.triage.assignment.AssignmentPolicy;
import dev.seamless.triage.assignment.EngagementLengths;
import dev.seamless.triage.assignment.RegionalBoard;
import dev.seamless.triage.assignment.RegionalBoards;
import dev.seamless.triage.board.BoardLabels;
import dev.seamless.triage.board.LabelPolicy;
import dev.seamless.triage.calendar.CompanyTime;
import dev.seamless.triage.calendar.FiscalCalendar;
import dev.seamless.triage.qualification.QualificationPolicy;
import dev.seamless.triage.qualification.QualificationRules;
import dev.seamless.triage.qualification.RequestInformation;
import dev.seamless.triage.qualification.SyncLimits;
import dev.seamless.triage.qualification.UsdRates;
import dev.seamless.triage.roster.WorkloadPolicy;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Month;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Builds the plain rule objects from configuration once, at start-up, so that a bad setting (an unknown segment, a
 * missing activity weight) stops the service with a clear message instead of failing a request later.
 */
@ApplicationScoped
public class PolicyProducer {

    /** The settings that change decisions, and therefore the policy version. */
    private static final List<String> VERSIONED_PREFIXES = List.of("seamless.triage.time-zone",
            "seamless.triage.qualification.", "seamless.triage.currency.",
            "seamless.triage.labels.expedite-within", "seamless.triage.labels.fiscal-",
            "seamless.triage.labels.preferred-tier.",
            "seamless.triage.workload.", "seamless.triage.assignment.", "seamless.stages.");

    @Produces
    @Startup
    @Singleton
    PolicyVersion policyVersion(TriageConfig triage, Config config) {
        Map<String, String> settings = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (VERSIONED_PREFIXES.stream().anyMatch(name::startsWith)) {
                config.getOptionalValue(name, String.class).ifPresent(value -> settings.put(name, value));
            }
        }
        return PolicyVersion.of(triage.policy().name(), settings);
    }

    @Produces
    @Startup
    @Singleton
    CompanyTime companyTime(TriageConfig triage, Clock clock) {
        return new CompanyTime(ZoneId.of(triage.timeZone()), clock);
    }

    @Produces
    @Singleton
    FiscalCalendar fiscalCalendar(TriageConfig triage) {
        return new FiscalCalendar(Month.of(triage.labels().fiscalYearStartMonth()),
                triage.labels().fiscalQuarterFormat());
    }

    @Produces
    @Startup
    @Singleton
    QualificationRules qualificationRules(TriageConfig triage, FiscalCalendar calendar) {
        TriageConfig.Qualification config = triage.qualification();
        Map<Segment, SyncLimits> syncLimits = byEnum(config.syncLimits(), Segment::fromJson, Segment.class, limits ->
                new SyncLimits(limits.minIacv(), limits.maxPresalesEngagements(), limits.maxPresalesMinutes(),
                        limits.maxPostsalesEngagementsPerYear(), limits.maxPostsalesMinutesPerYear(),
                        limits.guidedPov(), Set.copyOf(limits.unguidedTopics().orElse(List.of()))));
        List<RequestInformation> required = config.requiredForMeetings().orElse(List.of()).stream()
                .map(name -> RequestInformation.valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_')))
                .toList();
        return new QualificationRules(new QualificationPolicy(
                byEnum(config.minPipedAmount(), Segment::fromJson, Segment.class, Function.identity()),
                config.firstOrderMinPipedAmount(), config.povMinAmount(), syncLimits, config.defaultMeetingMinutes(),
                required, config.officeHoursResponseTarget(), config.asyncResponseTarget(),
                new UsdRates(triage.currency().usdRates())), calendar);
    }

    @Produces
    @Startup
    @Singleton
    BoardLabels boardLabels(TriageConfig triage, FiscalCalendar calendar) {
        TriageConfig.PreferredTier preferred = triage.labels().preferredTier();
        Set<Segment> segments = preferred.segments().orElse(List.of()).stream().map(String::trim)
                .map(Segment::fromJson).collect(Collectors.toSet());
        return new BoardLabels(new LabelPolicy(triage.labels().expediteWithin(), segments,
                Tier.fromJson(preferred.from())), calendar);
    }

    @Produces
    @Startup
    @Singleton
    WorkloadPolicy workloadPolicy(TriageConfig triage) {
        TriageConfig.Workload config = triage.workload();
        return new WorkloadPolicy(byEnum(config.weight(), Activity::fromJson, Activity.class, Function.identity()),
                config.asynchronousFactor(), config.expediteFactor(), config.defaultCapacity());
    }

    @Produces
    @Startup
    @Singleton
    EngagementLengths engagementLengths(TriageConfig triage) {
        return new EngagementLengths(byEnum(triage.assignment().engagementDays(), Activity::fromJson, Activity.class,
                Function.identity()));
    }

    @Produces
    @Startup
    @Singleton
    AssignmentEngine assignmentEngine(TriageConfig triage) {
        return new AssignmentEngine(new AssignmentPolicy(triage.assignment().expertiseAdvantage(),
                AssignmentPolicy.BoardFallback.fromConfig(triage.assignment().boardFallback())));
    }

    @Produces
    @Startup
    @Singleton
    RegionalBoards regionalBoards(TriageConfig triage) {
        return new RegionalBoards(triage.assignment().boards().entrySet().stream()
                .map(board -> new RegionalBoard(board.getKey().toUpperCase(Locale.ROOT),
                        Set.copyOf(board.getValue().regions().orElse(List.of()))))
                .sorted(Comparator.comparing(RegionalBoard::name))
                .toList());
    }

    private static <E extends Enum<E>, C, V> Map<E, V> byEnum(Map<String, C> configured,
            Function<String, E> parse, Class<E> type, Function<C, V> convert) {
        Map<E, V> result = new EnumMap<>(type);
        configured.forEach((key, value) -> result.put(parse.apply(key), convert.apply(value)));
        return result;
    }
}
