package dev.seamless.notification.directory;

import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.types.OrderType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * notification-service's projection of an opportunity: the stage it is in now, to tell open deals from closed, and
 * its SA, who may redirect the account's contacts.
 */
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
    public OffsetDateTime updatedAt;

    public static void project(OpportunityStageChanged event, OffsetDateTime at) {
        Opportunity opportunity = findById(event.opportunityId());
        if (opportunity == null) {
            opportunity = new Opportunity();
            opportunity.opportunityId = event.opportunityId();
        }
        opportunity.accountId = event.accountId();
        opportunity.name = event.name();
        opportunity.orderType = event.orderType();
        opportunity.stage = event.toStage();
        opportunity.saId = event.saId();
        opportunity.updatedAt = at;
        opportunity.persist();
    }

    public static List<Opportunity> ofAccount(String accountId) {
        return list("accountId = ?1 order by opportunityId", accountId);
    }
}
