package dev.seamless.handoff;

import dev.seamless.testsupport.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test class of handoff-service shares one real broker and one real database. */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "handoff"))
public class HandoffInfrastructure {
}
