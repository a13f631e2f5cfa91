package dev.seamless.triage.opportunity;

import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.triage.qualification.CrmFigures;
import dev.seamless.triage.qualification.UsdRates;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * An opportunity as the CRM last described it ({@code OpportunityStageChanged}): its piped amount and IACV are what a
 * request for it qualifies on, rather than what the AE typed into the form.
 */
@Entity
public class CrmOpportunity extends PanacheEntityBase {

    @Id
    public String opportunityId;
    public String accountId;
    public BigDecimal amount;
    public BigDecimal iacv;
    public String currency;
    public String stage;
    public OffsetDateTime updatedAt;

    /**
     * Keeps the latest description of the opportunity (events of an account arrive in order).
     *
     * @throws IllegalArgumentException for a currency that is not an ISO 4217 code: the event is dead-lettered
     */
    public static void record(OpportunityStageChanged change, OffsetDateTime at) {
        if (change.currency() != null && !change.currency().trim().matches("[A-Za-z]{3}")) {
            throw new IllegalArgumentException("currency '" + change.currency() + "' is not an ISO 4217 code"
                    + " such as EUR");
        }
        CrmOpportunity known = findById(change.opportunityId());
        boolean isNew = known == null;
        if (isNew) {
            known = new CrmOpportunity();
            known.opportunityId = change.opportunityId();
        }
        known.accountId = change.accountId();
        known.amount = change.amount();
        known.iacv = change.iacv();
        known.currency = change.currency() == null ? null : UsdRates.currencyOf(change.currency());
        known.stage = change.toStage();
        known.updatedAt = at;
        if (isNew) {
            known.persist();
        }
    }

    /** @return the CRM's figures of the opportunity, if the CRM described it */
    public static Optional<CrmFigures> figuresOf(String opportunityId) {
        if (opportunityId == null) {
            return Optional.empty();
        }
        return CrmOpportunity.<CrmOpportunity>findByIdOptional(opportunityId)
                .map(known -> new CrmFigures(known.amount, known.iacv, known.currency));
    }
}
