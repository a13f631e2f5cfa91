package dev.seamless.notification.redirect;

import dev.seamless.events.envelope.EventJson;
import dev.seamless.events.support.CustomerInquiryReceived;
import dev.seamless.events.types.Reason;
import dev.seamless.notification.delivery.EmailRenderer;
import dev.seamless.notification.delivery.Notification;
import dev.seamless.notification.delivery.NotificationService;
import dev.seamless.notification.delivery.NotificationService.Recorded;
import dev.seamless.notification.delivery.NotificationStatus;
import dev.seamless.notification.delivery.NotificationView.Decision;
import dev.seamless.notification.delivery.PlannedEmail;
import dev.seamless.notification.delivery.Recipient;
import dev.seamless.notification.delivery.RenderedEmail;
import dev.seamless.notification.directory.Account;
import dev.seamless.notification.directory.Opportunity;
import dev.seamless.notification.directory.Person;
import dev.seamless.notification.directory.Recipients;
import dev.seamless.notification.redirect.PostSalesRedirectRule.Authorisation;
import dev.seamless.notification.redirect.PostSalesRedirectRule.Eligibility;
import dev.seamless.notification.redirect.PostSalesRedirectRule.Redirect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Post-sales redirections, from an inquiry or from an SA's request; the rule decides, this gathers its inputs. */
@ApplicationScoped
public class PostSalesRedirects {

    /** Who asks for a redirection: the authenticated person, and whether they hold ADMIN. */
    public record Caller(String id, boolean admin) {
    }

    private static final Logger LOG = Logger.getLogger(PostSalesRedirects.class);

    @Inject
    PostSalesRedirectRule rule;

    @Inject
    Recipients recipients;

    @Inject
    NotificationService notifications;

    @Inject
    EmailRenderer renderer;

    @Inject
    Clock clock;

    /** The redirection for the inquiry if the rule finds the deal closed; otherwise none, and the log says why. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<PlannedEmail> forInquiry(CustomerInquiryReceived inquiry, String eventId) {
        Optional<Account> account = Account.findByIdOptional(inquiry.accountId());
        Eligibility eligibility = rule.eligibility(inquiry, Person.findByIdOptional(inquiry.receivedBy()), account,
                Opportunity.ofAccount(inquiry.accountId()),
                lastRedirect(inquiry.accountId(), inquiry.contactEmail()), OffsetDateTime.now(clock));
        if (!eligibility.redirect()) {
            LOG.infof("Inquiry %s not redirected [%s]: %s", eventId, eligibility.reason().rule(),
                    eligibility.reason().message());
            return Optional.empty();
        }
        Redirect redirect = new Redirect(inquiry.accountId(), inquiry.contactName(), inquiry.contactEmail(),
                inquiry.subject(), inquiry.receivedBy(), null, null, eligibility.reason(), eligibility.inputs());
        return Optional.of(rule.plan(redirect, account, recipients));
    }

    /**
     * Records the caller's redirection for sending. With an idempotency key, a repeated request of the same caller for
     * the same account returns the redirection the first one recorded instead of sending another.
     *
     * @throws ForbiddenException when the caller may not redirect the account's contacts, with the reason
     */
    @Transactional
    public Recorded send(RedirectRequest request, Caller caller, String idempotencyKey) {
        String requestId = UUID.randomUUID().toString();
        String occasion = "post-sales-redirect-request:" + (idempotencyKey != null
                ? caller.id() + ":" + request.accountId() + ":" + idempotencyKey : requestId);
        return notifications.record(plan(request, caller, occasion), requestId);
    }

    /** The redirection as {@link #send} would record it, rendered, without recording anything. */
    @Transactional
    public RedirectPreview preview(RedirectRequest request, Caller caller) {
        PlannedEmail planned = plan(request, caller, null);
        RenderedEmail rendered = renderer.render(planned.template(), planned.values());
        return new RedirectPreview(planned.template(), planned.to().email(),
                planned.cc().stream().map(Recipient::email).filter(email -> email != null).toList(),
                planned.replyTo() == null ? null : planned.replyTo().email(),
                rendered.subject(), rendered.text(), rendered.html(),
                new Decision(planned.reason().rule(), planned.reason().message(),
                        EventJson.mapper().valueToTree(planned.inputs())),
                planned.problems());
    }

    private PlannedEmail plan(RedirectRequest request, Caller caller, String occasion) {
        Account account = Account.<Account>findByIdOptional(request.accountId())
                .orElseThrow(() -> new NotFoundException("account " + request.accountId()
                        + " is not known from crm.accounts"));
        Authorisation authorisation = rule.authorise(caller.id(), caller.admin(), account,
                Opportunity.ofAccount(account.accountId));
        if (!authorisation.allowed()) {
            throw new ForbiddenException(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", authorisation.reason().message(), "rule", authorisation.reason().rule()))
                    .build());
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("requestedBy", caller.id());
        inputs.put("authorisation", authorisation.reason().rule());
        Redirect redirect = new Redirect(account.accountId, request.contactName(), request.contactEmail(), null,
                authorisation.signedBy(), request.note(), occasion, new Reason("post-sales.request.by-sa",
                        caller.id() + " asked to redirect " + request.contactEmail() + " to support. "
                                + authorisation.reason().message()),
                inputs);
        return rule.plan(redirect, Optional.of(account), recipients);
    }

    private static Optional<OffsetDateTime> lastRedirect(String accountId, String contactEmail) {
        return Optional.ofNullable(Notification.getEntityManager().createQuery("""
                select max(createdAt) from Notification
                where accountId = :accountId and recipientKey = :recipientKey and template in :templates
                and status <> :failed""", OffsetDateTime.class)
                .setParameter("accountId", accountId)
                .setParameter("recipientKey", Recipients.contact(null, contactEmail, "").key(accountId))
                .setParameter("templates", PostSalesRedirectRule.TEMPLATES)
                .setParameter("failed", NotificationStatus.FAILED)
                .getSingleResult());
    }
}
