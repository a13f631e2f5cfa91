package dev.seamless.slack.channel;

import dev.seamless.events.Roles;
import dev.seamless.slack.api.InvalidRequestException;
import dev.seamless.slack.approval.Caller;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Customer and ephemeral Slack channels: request, approve, reject, look up. The actor is always the caller. */
@Path("/api/slack-channels")
@RolesAllowed({ Roles.AE, Roles.SA, Roles.CSM, Roles.ASM, Roles.SA_LEADER, Roles.ADMIN })
public class SlackChannelResource {

    private static final int MAX_PAGE_SIZE = 500;

    /** Body of an approval, optional: {@code onBehalfOf} names the approver a proxy (an ADMIN) decides for. */
    public record Approval(String onBehalfOf) {
    }

    /** Body of a rejection; {@code onBehalfOf} as for an approval. */
    public record Rejection(String reason, String onBehalfOf) {
    }

    @Inject
    ChannelRequests requests;

    @Inject
    JsonWebToken caller;

    @POST
    public Response request(NewChannelRequest body, UriInfo uri) {
        NewChannelRequest request = body != null ? body : new NewChannelRequest(null, null, null, null, null);
        SlackChannel channel = requests.request(request, caller.getSubject());
        return Response.created(uri.getAbsolutePathBuilder().path(channel.id.toString()).build())
                .entity(SlackChannelView.of(channel)).build();
    }

    /** The caller's own approval, without a body (the form every client used before {@code onBehalfOf}). */
    @POST
    @Path("{id}/approve")
    public SlackChannelView approve(@PathParam("id") UUID id) {
        return SlackChannelView.of(requests.approve(id, me(), null));
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public SlackChannelView approve(@PathParam("id") UUID id, Approval body) {
        return SlackChannelView.of(requests.approve(id, me(), body == null ? null : body.onBehalfOf()));
    }

    @POST
    @Path("{id}/reject")
    public SlackChannelView reject(@PathParam("id") UUID id, Rejection body) {
        return SlackChannelView.of(requests.reject(id, body == null ? null : body.reason(), me(),
                body == null ? null : body.onBehalfOf()));
    }

    @GET
    @RolesAllowed({ Roles.AE, Roles.SA, Roles.CSM, Roles.ASM, Roles.SA_LEADER, Roles.ADMIN, Roles.INTEGRATION })
    public List<SlackChannelView> list(@QueryParam("accountId") String accountId,
            @QueryParam("status") String status, @QueryParam("expiring_before") String expiringBefore,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Map<String, String> problems = new LinkedHashMap<>();
        ChannelStatus parsedStatus = parseStatus(status, problems);
        OffsetDateTime parsedExpiry = parseInstant(expiringBefore, problems);
        if (page < 0) {
            problems.put("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.put("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (accountId != null && !accountId.isBlank()) {
            conditions.add("accountId = :accountId");
            parameters.and("accountId", accountId);
        }
        if (parsedStatus != null) {
            conditions.add("status = :status");
            parameters.and("status", parsedStatus);
        }
        if (parsedExpiry != null) {
            conditions.add("expiresAt < :expiringBefore");
            parameters.and("expiringBefore", parsedExpiry);
        }
        String query = (conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ")
                + "order by requestedAt desc, id";
        return SlackChannel.<SlackChannel>find(query, parameters).page(Page.of(page, size)).list().stream()
                .map(SlackChannelView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.AE, Roles.SA, Roles.CSM, Roles.ASM, Roles.SA_LEADER, Roles.ADMIN, Roles.INTEGRATION })
    public SlackChannelView get(@PathParam("id") UUID id) {
        return SlackChannel.<SlackChannel>findByIdOptional(id).map(SlackChannelView::of)
                .orElseThrow(() -> new NotFoundException("no Slack channel " + id));
    }

    private Caller me() {
        return new Caller(caller.getSubject(), caller.getGroups());
    }

    private static ChannelStatus parseStatus(String status, Map<String, String> problems) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ChannelStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.put("status", "'" + status + "' is not one of " + List.of(ChannelStatus.values()));
            return null;
        }
    }

    /** An ISO-8601 timestamp with offset, or a date meaning its start in UTC. */
    private static OffsetDateTime parseInstant(String value, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() <= 10 ? LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            problems.put("expiring_before", "'" + value + "' is neither a date (2026-03-31) nor a timestamp with"
                    + " offset (2026-03-31T12:00:00Z)");
            return null;
        }
    }
}
