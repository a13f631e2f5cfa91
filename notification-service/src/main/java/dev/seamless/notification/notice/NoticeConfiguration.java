package dev.seamless.notification.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class NoticeConfiguration {

    @Produces
    @Singleton
    NoticeRules noticeRules(@ConfigProperty(name = "seamless.notice.time-zone") ZoneId zone) {
        return new NoticeRules(zone);
    }
}
