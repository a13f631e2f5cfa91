package dev.seamless.notification.journey;

import dev.seamless.events.types.Tier;
import dev.seamless.notification.support.SupportPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the journey rules from configuration. */
@ApplicationScoped
public class JourneyConfiguration {

    @Produces
    @Singleton
    CsmQualification csmQualification(
            @ConfigProperty(name = "seamless.notification.csm-qualification.min-tier") Tier minTier,
            @ConfigProperty(name = "seamless.notification.csm-qualification.min-arr") BigDecimal minArr,
            @ConfigProperty(name = "seamless.notification.csm-qualification.count-open-deal") boolean countOpenDeal) {
        return new CsmQualification(minTier, minArr, countOpenDeal);
    }

    @Produces
    @Singleton
    ClosedWonEmailRule closedWonEmailRule(@ConfigProperty(name = "seamless.stages.closed-won") String closedWon,
            CsmQualification qualification, SupportPolicy support) {
        return new ClosedWonEmailRule(closedWon, qualification, support);
    }

    @Produces
    @Singleton
    CsmIntroductionRule csmIntroductionRule(
            @ConfigProperty(name = "seamless.stages.csm-introduction") Set<String> introductionStages,
            @ConfigProperty(name = "seamless.stages.closed-won") String closedWon, CsmQualification qualification) {
        return new CsmIntroductionRule(introductionStages, closedWon, qualification);
    }
}
