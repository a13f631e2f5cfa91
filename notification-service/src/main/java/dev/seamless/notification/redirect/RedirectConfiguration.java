package dev.seamless.notification.redirect;

import dev.seamless.notification.support.SupportPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class RedirectConfiguration {

    @Produces
    @Singleton
    PostSalesRedirectRule postSalesRedirectRule(@ConfigProperty(name = "seamless.stages.closed-won") String closedWon,
            @ConfigProperty(name = "seamless.stages.closed-lost") Set<String> closedLost,
            @ConfigProperty(name = "seamless.post-sales.inquiry-cooldown") Duration inquiryCooldown,
            @ConfigProperty(name = "seamless.post-sales.copy-sa") boolean copySa, SupportPolicy support) {
        return new PostSalesRedirectRule(closedWon, closedLost, inquiryCooldown, support, copySa);
    }
}
