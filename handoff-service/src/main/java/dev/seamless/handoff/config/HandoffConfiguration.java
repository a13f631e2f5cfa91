package dev.seamless.handoff.config;

import dev.seamless.events.types.Tier;
import dev.seamless.handoff.checklist.BusinessCalendar;
import dev.seamless.handoff.checklist.ChecklistCatalog;
import dev.seamless.handoff.checklist.HandoffTypes;
import dev.seamless.handoff.task.DueSoonWindow;
import dev.seamless.handoff.trigger.ClosedWonRule;
import dev.seamless.handoff.trigger.CsmChangeRule;
import dev.seamless.handoff.trigger.CsmQualification;
import dev.seamless.handoff.trigger.OpportunityStages;
import dev.seamless.handoff.trigger.PreCloseRule;
import dev.seamless.handoff.trigger.SaReassignmentRule;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the rule objects from configuration (see docs/handoff.md for every key) once, at start-up, so that a bad
 * template file or setting stops the service with a clear message instead of failing on the first event.
 */
@ApplicationScoped
public class HandoffConfiguration {

    @Produces
    @Startup
    @Singleton
    ChecklistCatalog checklists(@ConfigProperty(name = "seamless.handoff.templates") String location,
            @ConfigProperty(name = "seamless.handoff.optional-items") Optional<List<String>> optionalItemsFor) {
        return ChecklistCatalog.load(location, HandoffTypes.STARTED_BY_TRIGGERS,
                new HashSet<>(optionalItemsFor.orElse(List.of())));
    }

    @Produces
    @Startup
    @Singleton
    BusinessCalendar calendar(@ConfigProperty(name = "seamless.handoff.time-zone") ZoneId zone,
            @ConfigProperty(name = "seamless.handoff.holidays") Optional<Set<LocalDate>> holidays) {
        return new BusinessCalendar(zone, holidays.orElse(Set.of()));
    }

    @Produces
    @Singleton
    DueSoonWindow dueSoonWindow(BusinessCalendar calendar,
            @ConfigProperty(name = "seamless.handoff.due-soon.business-days") int businessDays) {
        return new DueSoonWindow(calendar, businessDays);
    }

    @Produces
    @Singleton
    OpportunityStages stages(@ConfigProperty(name = "seamless.stages.closed-won") String closedWon,
            @ConfigProperty(name = "seamless.stages.pre-close") Set<String> preClose,
            @ConfigProperty(name = "seamless.stages.closed-lost") Set<String> closedLost) {
        return new OpportunityStages(closedWon, preClose, closedLost);
    }

    @Produces
    @Singleton
    CsmQualification csmQualification(
            @ConfigProperty(name = "seamless.handoff.csm-qualification.min-tier") Tier minTier,
            @ConfigProperty(name = "seamless.handoff.csm-qualification.min-arr") BigDecimal minArr) {
        return new CsmQualification(minTier, minArr);
    }

    @Produces
    @Singleton
    ClosedWonRule closedWonRule(OpportunityStages stages, CsmQualification qualification) {
        return new ClosedWonRule(stages, qualification);
    }

    @Produces
    @Singleton
    PreCloseRule preCloseRule(OpportunityStages stages, CsmQualification qualification,
            @ConfigProperty(name = "seamless.handoff.csm-qualification.count-open-deal") boolean countOpenDeal) {
        return new PreCloseRule(stages, qualification, countOpenDeal);
    }

    @Produces
    @Singleton
    SaReassignmentRule saReassignmentRule() {
        return new SaReassignmentRule();
    }

    @Produces
    @Singleton
    CsmChangeRule csmChangeRule() {
        return new CsmChangeRule();
    }
}
