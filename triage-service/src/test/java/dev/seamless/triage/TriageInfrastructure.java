package dev.seamless.triage;

import dev.seamless.testsupport.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test class of triage-service shares one real broker, one real database and one application start. */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "triage"))
public class TriageInfrastructure {
}
