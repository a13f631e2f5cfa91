package dev.seamless.notification.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class SupportConfiguration {

    @Produces
    @Singleton
    SupportPolicy supportPolicy(@ConfigProperty(name = "seamless.support.portal-url") String portalUrl,
            @ConfigProperty(name = "seamless.support.level") String level,
            @ConfigProperty(name = "seamless.support.response-time") String responseTime) {
        return new SupportPolicy(portalUrl, level, responseTime);
    }
}
