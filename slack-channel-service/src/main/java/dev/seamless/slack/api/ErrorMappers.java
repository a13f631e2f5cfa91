package dev.seamless.slack.api;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns the API's refusals into responses whose body says why: {@code {"error": ..., "fields": {...}}}. */
public class ErrorMappers {

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "invalid request: " + String.join(", ", e.fields().keySet()));
        body.put("fields", e.fields());
        return Response.status(Response.Status.BAD_REQUEST).entity(body).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenActionException e) {
        return Response.status(Response.Status.FORBIDDEN).entity(Map.of("error", e.getMessage())).build();
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return Response.status(Response.Status.CONFLICT).entity(Map.of("error", e.getMessage())).build();
    }
}
