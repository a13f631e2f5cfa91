package dev.seamless.notification.journey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.seamless.events.envelope.EventJson;
import dev.seamless.events.handoff.PostSalesPathDecided;
import dev.seamless.events.types.PostSalesMoment;
import dev.seamless.events.types.PostSalesPath;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A post-sales path handoff-service decided ({@code PostSalesPathDecided}), kept as it came: notification-service
 * never weighs an account against the CSM threshold itself, it sends what this decision says. Kept so that an email
 * waiting for a CSM can be planned again from its decision once the CSM is named.
 */
@Entity
public class PostSalesDecision extends PanacheEntityBase {

    @Id
    public String decisionId;
    public String accountId;
    public String opportunityId;
    public String handoffId;
    @Enumerated(EnumType.STRING)
    public PostSalesMoment moment;
    @Enumerated(EnumType.STRING)
    public PostSalesPath path;
    public boolean provisional;
    public String supersedesDecisionId;
    public String aeId;
    public String saId;
    public String csmId;
    public String rule;
    public String reason;
    /** What handoff-service's rule weighed, as JSON (an object of strings). */
    public String inputs;
    public OffsetDateTime receivedAt;

    /** The decision of the event; a decision received again keeps its first record. */
    public static PostSalesDecision store(PostSalesPathDecided event, OffsetDateTime at) {
        PostSalesDecision known = findById(event.decisionId());
        if (known != null) {
            return known;
        }
        PostSalesDecision decision = of(event);
        decision.receivedAt = at;
        decision.persist();
        return decision;
    }

    /** The decision of the event, not stored. */
    public static PostSalesDecision of(PostSalesPathDecided event) {
        PostSalesDecision decision = new PostSalesDecision();
        decision.decisionId = event.decisionId();
        decision.accountId = event.accountId();
        decision.opportunityId = event.opportunityId();
        decision.handoffId = event.handoffId();
        decision.moment = event.moment();
        decision.path = event.path();
        decision.provisional = event.provisional();
        decision.supersedesDecisionId = event.supersedesDecisionId();
        decision.aeId = event.aeId();
        decision.saId = event.saId();
        decision.csmId = event.csmId();
        decision.rule = event.rule();
        decision.reason = event.reason();
        try {
            decision.inputs = EventJson.mapper().writeValueAsString(event.inputs());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot keep the inputs of decision " + event.decisionId(), e);
        }
        return decision;
    }

    /** The decisions taken for the handoff. */
    public static List<PostSalesDecision> ofHandoff(String handoffId) {
        return list("handoffId", handoffId);
    }

    public Map<String, String> inputMap() {
        try {
            return EventJson.mapper().readValue(inputs, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the inputs of decision " + decisionId + " are not an object", e);
        }
    }
}
