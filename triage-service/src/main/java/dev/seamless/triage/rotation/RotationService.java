package dev.seamless.triage.rotation;

import dev.seamless.triage.calendar.CompanyTime;
import dev.seamless.triage.policy.TriageConfig;
import dev.seamless.triage.roster.RosterService;
import dev.seamless.triage.roster.SolutionsArchitect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Who is the week's triage SA: the rotation set through the API if there is one, else the configured one. */
@ApplicationScoped
public class RotationService {

    /** Who holds what cannot be placed today: the rotation's SA on duty, else the configured fallback. */
    public record Owner(String saId, boolean fallback) {
    }

    /** The rotation in force and where it comes from. */
    public record Current(RotationSchedule schedule, String source, String setBy, OffsetDateTime setAt) {
    }

    @Inject
    TriageConfig config;

    @Inject
    RosterService roster;

    @Inject
    Clock clock;

    @Inject
    CompanyTime time;

    public Current current() {
        return TriageRotation.newest()
                .map(set -> new Current(new RotationSchedule(set.startsOn, set.saIds), "API", set.setBy, set.setAt))
                .orElseGet(() -> new Current(new RotationSchedule(config.rotation().startsOn(),
                        config.rotation().schedule().orElse(List.of())), "CONFIGURATION", null, null));
    }

    /** The duty on a day; an SA of the rotation who is away is covered by the next one available. */
    public Optional<RotationSchedule.Duty> dutyOn(LocalDate day) {
        RotationSchedule schedule = current().schedule();
        return schedule.dutyOn(day, roster.availableOn(schedule.saIds(), day)::contains);
    }

    public Optional<Owner> ownerToday() {
        LocalDate today = time.today();
        Optional<String> onDuty = dutyOn(today).map(RotationSchedule.Duty::onDutySaId);
        if (onDuty.isPresent()) {
            return onDuty.map(saId -> new Owner(saId, false));
        }
        List<String> active = SolutionsArchitect.<SolutionsArchitect>list("active", true).stream()
                .map(sa -> sa.personId).toList();
        return FallbackOwner.fromConfig(config.rotation().fallback())
                .choose(roster.availableOn(active, today), roster.workloads(null))
                .map(saId -> new Owner(saId, true));
    }

    @Transactional
    public Current replace(LocalDate startsOn, List<String> saIds, String setBy) {
        TriageRotation rotation = new TriageRotation();
        rotation.startsOn = startsOn;
        rotation.saIds = new ArrayList<>(saIds);
        rotation.setBy = setBy;
        rotation.setAt = OffsetDateTime.now(clock);
        rotation.persist();
        return current();
    }
}
