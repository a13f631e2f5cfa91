package dev.seamless.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points Quarkus Mailer at the JVM's {@link SmtpSink}. */
public class SmtpSinkResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", Integer.toString(SmtpSink.port()),
                "quarkus.mailer.mock", "false");
    }

    @Override
    public void stop() {
        // shared by every test class of the JVM
    }
}
