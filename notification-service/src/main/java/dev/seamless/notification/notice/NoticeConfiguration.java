package dev.seamless.notification.notice;

import dev.seamless.events.types.PersonRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class NoticeConfiguration {

    @Produces
    @Singleton
    NoticeRules noticeRules(@ConfigProperty(name = "seamless.notice.time-zone") ZoneId zone,
            @ConfigProperty(name = "seamless.notice.task-roles") Set<PersonRole> taskRoles) {
        return new NoticeRules(zone, taskRoles);
    }
}
