package dev.seamless.triage.stage;

import dev.seamless.events.crm.OpportunityStageChanged;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/**
 * Where an opportunity stands in the CRM, as the latest {@code OpportunityStageChanged} says, and whether its AE was
 * already told to move it on from there ({@code StageExitDue}, once per stay in a stage).
 */
@Entity
public class OpportunityStage extends PanacheEntityBase {

    @Id
    public String opportunityId;
    public String accountId;
    public String stage;
    public String aeId;
    public OffsetDateTime changedAt;
    public OffsetDateTime stageExitDueAt;
    /** The request whose completed engagement made the stage exit due. */
    public String stageExitRequestId;

    /** Records the opportunity's new stage; a new stage can be due to be left again. */
    static void record(OpportunityStageChanged change, OffsetDateTime at) {
        OpportunityStage known = findById(change.opportunityId());
        boolean unknown = known == null;
        if (unknown) {
            known = new OpportunityStage();
            known.opportunityId = change.opportunityId();
        } else if (!change.toStage().equals(known.stage)) {
            known.stageExitDueAt = null;
            known.stageExitRequestId = null;
        }
        known.accountId = change.accountId();
        known.stage = change.toStage();
        known.aeId = change.aeId();
        known.changedAt = at;
        if (unknown) {
            known.persist();
        }
    }
}
