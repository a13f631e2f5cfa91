package dev.seamless.handoff.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/** 400 naming every offending field, in the shape Quarkus uses for bean-validation violations. */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<InvalidRequestException> {

    public record Violation(String field, String message) {
    }

    @Override
    public Response toResponse(InvalidRequestException e) {
        List<Violation> violations = e.problems().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(problem -> new Violation(problem.getKey(), problem.getValue())).toList();
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Map.of("title", "Constraint Violation", "status", 400, "violations", violations)).build();
    }
}
