package dev.seamless.notification.delivery;

import dev.seamless.events.Roles;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The audit trail: every notification, newest first, with its rendered content and the rule that chose it. */
@Path("/api/notifications")
@RolesAllowed({ Roles.AE, Roles.SA, Roles.CSM, Roles.ASM, Roles.SA_LEADER, Roles.ADMIN, Roles.INTEGRATION })
public class NotificationResource {

    /**
     * @param recipient an email address (addressee or copy) or a person id (addressee)
     */
    @GET
    public List<NotificationView> list(@QueryParam("accountId") String accountId,
            @QueryParam("recipient") String recipient,
            @QueryParam("status") @Pattern(regexp = "PENDING|SENDING|SENT|FAILED|WAITING|WITHDRAWN",
                    message = "must be one of PENDING, SENDING, SENT, FAILED, WAITING, WITHDRAWN") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (accountId != null) {
            conditions.add("accountId = :accountId");
            parameters.and("accountId", accountId);
        }
        if (recipient != null) {
            conditions.add("(lower(recipient) = lower(:recipient) or recipientId = :recipient"
                    + " or array_contains(cc, :recipient))");
            parameters.and("recipient", recipient);
        }
        if (status != null) {
            conditions.add("status = :status");
            parameters.and("status", NotificationStatus.valueOf(status));
        }
        String query = (conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ")
                + "order by createdAt desc, id";
        return Notification.<Notification>find(query, parameters).page(Page.of(page, size)).list().stream()
                .map(NotificationView::of).toList();
    }

    @GET
    @Path("{id}")
    public NotificationView get(@PathParam("id") UUID id) {
        return Notification.<Notification>findByIdOptional(id).map(NotificationView::of)
                .orElseThrow(() -> new NotFoundException("no notification " + id));
    }
}
