package dev.seamless.triage.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The API's error answers: 400 naming every offending field, 403 saying who may act on a request that is not the
 * caller's, 409 with the reason for a transition the current state forbids (or a concurrent change), 404 from
 * {@code NotFoundException} as usual.
 */
public class ErrorResponses {

    /** The body of a 400 answer. */
    public record BadRequest(String error, List<FieldError> violations) {
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field)).toList();
        return badRequest(errors);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return badRequest(e.errors());
    }

    @ServerExceptionMapper
    public Response unreadableValue(MismatchedInputException e) {
        return badRequest(List.of(new FieldError(pathOf(e), e.getOriginalMessage())));
    }

    @ServerExceptionMapper
    public Response forbiddenTransition(ConflictException e) {
        return Response.status(Response.Status.CONFLICT).entity(Map.of("error", e.getMessage())).build();
    }

    /** Someone else's request: 403 saying who may act on it. */
    @ServerExceptionMapper
    public Response notYours(ForbiddenException e) {
        return Response.status(Response.Status.FORBIDDEN).entity(Map.of("error", e.getMessage())).build();
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response concurrentChange(RuntimeException e) {
        return Response.status(Response.Status.CONFLICT)
                .entity(Map.of("error", "the request was changed at the same time; read it again and retry"))
                .build();
    }

    private static Response badRequest(List<FieldError> errors) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(new BadRequest("invalid input: " + errors.size() + " field(s)", errors)).build();
    }

    /**
     * {@code reassign.reassign.saId} becomes {@code saId}, {@code list.page} becomes {@code page}: the field or
     * parameter as the client named it, list elements with their index ({@code attendees[1]}).
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(node -> {
            if (node.getKind() != ElementKind.METHOD) {
                nodes.add(node);
            }
        });
        boolean bodyParameter = nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER;
        StringBuilder field = new StringBuilder();
        for (Path.Node node : bodyParameter ? nodes.subList(1, nodes.size()) : nodes) {
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
            } else if (node.getKind() != ElementKind.CROSS_PARAMETER && node.getKind() != ElementKind.RETURN_VALUE) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String pathOf(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "body" : path.substring(1);
    }
}
