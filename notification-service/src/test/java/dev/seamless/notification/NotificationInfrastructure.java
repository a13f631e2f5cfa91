package dev.seamless.notification;

import dev.seamless.testsupport.RealInfrastructure;
import dev.seamless.testsupport.SmtpSinkResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test class of notification-service shares one real broker, one real database and one real SMTP server. */
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(SmtpSinkResource.class)
public class NotificationInfrastructure {
}
