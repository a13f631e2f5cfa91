package dev.seamless.handoff.handoff;

import dev.seamless.events.handoff.PostSalesPathDecided;
import dev.seamless.events.types.Reason;
import dev.seamless.handoff.account.Account;
import dev.seamless.handoff.trigger.PostSalesChoice;
import dev.seamless.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Announces handoff-service's post-sales path decisions (CSM or digital onboarding). handoff-service is the only
 * service that weighs an account against the CSM threshold; notification-service mails on these events. The decision
 * id is kept on the handoff, so that the decision made again once the account is known can name the one it replaces.
 */
@ApplicationScoped
public class PostSalesDecisions {

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    void announce(Handoff handoff, PostSalesChoice choice, Reason reason, Map<String, Object> inputs) {
        UUID decisionId = UUID.randomUUID();
        handoff.postSalesDecisionId = decisionId;
        String csmId = Account.<Account>findByIdOptional(handoff.accountId).map(account -> account.csmId)
                .orElse(null);
        Object saId = inputs.get("saId");
        outbox.publish(new PostSalesPathDecided(decisionId.toString(), handoff.accountId, handoff.opportunityId,
                handoff.id.toString(), choice.moment(), choice.path(), choice.provisional(),
                choice.supersedesDecisionId(), handoff.aeId, saId == null ? null : saId.toString(), csmId,
                reason.rule(), reason.message(), asText(inputs)));
    }

    /** The inputs as the contract carries them: text, without the absent ones. */
    static Map<String, String> asText(Map<String, Object> inputs) {
        Map<String, String> text = new LinkedHashMap<>();
        inputs.forEach((name, value) -> {
            if (value != null) {
                text.put(name, textOf(value));
            }
        });
        return text;
    }

    private static String textOf(Object value) {
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(PostSalesDecisions::textOf).collect(Collectors.joining(", "));
        }
        return value.toString();
    }
}
