package dev.seamless.handoff.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.seamless.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Only a state conflict is a 409; a fault of the service stays a 500 instead of passing for the caller's doing. */
@QuarkusTest
class ErrorResponseTest {

    private static final String ADMIN = Tokens.forTest("admin-1", "ADMIN");

    @Test
    void aStateConflictIsA409WithTheReason() {
        given().auth().oauth2(ADMIN).post("/api/test-only/failures/conflict").then().statusCode(409)
                .body("error", equalTo("task t-1 is COMPLETED, not OPEN"));
    }

    @Test
    void anIllegalStateOfTheServiceItselfIsA500() {
        given().auth().oauth2(ADMIN).post("/api/test-only/failures/missing-template").then().statusCode(500);
    }
}
