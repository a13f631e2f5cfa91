package dev.seamless.slack;

import dev.seamless.testsupport.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test class of slack-channel-service shares one real broker, one real database and one fake Slack. */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "slack"))
@QuarkusTestResource(FakeSlackApi.class)
public class SlackInfrastructure {
}
