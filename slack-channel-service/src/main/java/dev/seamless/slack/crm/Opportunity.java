package dev.seamless.slack.crm;

import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.types.OrderType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** slack-channel-service's projection of a CRM opportunity: its current stage, SA and POV flag. */
@Entity
public class Opportunity extends PanacheEntityBase {

    @Id
    public String opportunityId;
    public String accountId;
    public String name;
    @Enumerated(EnumType.STRING)
    public OrderType orderType;
    public String stage;
    public String saId;
    public Boolean povActive;
    public OffsetDateTime updatedAt;

    public OpportunityFacts facts() {
        return new OpportunityFacts(opportunityId, accountId, orderType, stage, saId, Boolean.TRUE.equals(povActive));
    }

    public static Opportunity project(OpportunityStageChanged event, OffsetDateTime at) {
        Opportunity opportunity = Opportunity.<Opportunity>findByIdOptional(event.opportunityId()).orElseGet(() -> {
            Opportunity created = new Opportunity();
            created.opportunityId = event.opportunityId();
            return created;
        });
        opportunity.accountId = event.accountId();
        opportunity.name = event.name();
        opportunity.orderType = event.orderType();
        opportunity.stage = event.toStage();
        opportunity.saId = event.saId();
        opportunity.povActive = event.povActive();
        opportunity.updatedAt = at;
        opportunity.persist();
        return opportunity;
    }
}
