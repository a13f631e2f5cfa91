package dev.seamless.notification.redirect;

import dev.seamless.events.Roles;
import dev.seamless.notification.delivery.NotificationService.Recorded;
import dev.seamless.notification.delivery.NotificationView;
import dev.seamless.notification.redirect.PostSalesRedirects.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * An SA redirects a customer who keeps asking after the deal closed to support (seed 002): preview the email, then
 * send it, optionally with a personal note. The SA is the authenticated caller, and must be the SA of the account or
 * of one of its opportunities; an ADMIN may act for any account (403 with the reason otherwise).
 */
@Path("/api/post-sales-redirects")
@RolesAllowed({ Roles.SA, Roles.ADMIN })
public class PostSalesRedirectResource {

    @Inject
    PostSalesRedirects redirects;

    @Inject
    JsonWebToken token;

    @GET
    @Path("preview")
    public RedirectPreview preview(@QueryParam("accountId") @NotBlank @Size(max = 128) String accountId,
            @QueryParam("contactEmail") @NotBlank @Email @Size(max = 320) String contactEmail,
            @QueryParam("contactName") @Size(max = 255) String contactName,
            @QueryParam("note") @Size(max = 4000) String note) {
        return redirects.preview(new RedirectRequest(accountId, contactEmail, contactName, note), caller());
    }

    /**
     * Records the redirection for sending: 201 with the notification (FAILED with the reason if a recipient has no
     * address). A repeat by the same caller for the same account with the same {@code Idempotency-Key} returns the
     * first one with 200 and sends nothing.
     */
    @POST
    public Response send(@Valid @NotNull RedirectRequest request,
            @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey) {
        Recorded recorded = redirects.send(request, caller(), idempotencyKey);
        NotificationView view = NotificationView.of(recorded.notification());
        if (!recorded.recordedNow()) {
            return Response.ok(view).build();
        }
        return Response.created(URI.create("/api/notifications/" + view.id())).entity(view).build();
    }

    private Caller caller() {
        return new Caller(token.getSubject(), token.getGroups().contains(Roles.ADMIN));
    }
}
