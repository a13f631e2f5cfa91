-- Where each opportunity stands in the CRM (the latest OpportunityStageChanged), and whether its AE was told to move
-- it on from there.
create table opportunity_stage (
    opportunity_id          varchar(64)  primary key,
    account_id              varchar(64)  not null,
    stage                   varchar(255) not null,
    ae_id                   varchar(64)  not null,
    changed_at              timestamp with time zone not null,
    stage_exit_due_at       timestamp with time zone,
    stage_exit_request_id   varchar(64)
);
