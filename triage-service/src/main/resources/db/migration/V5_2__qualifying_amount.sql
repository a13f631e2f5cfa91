-- Versioned 5.2 for the same reason as 5.1: the parallel triage-clocks branch adds its own next migrations.

-- The currency of the form's money (absent: USD).
alter table triage_request add column currency varchar(3);

-- The opportunities as the CRM last described them (OpportunityStageChanged): qualification uses their figures.
create table crm_opportunity (
    opportunity_id  varchar(64)    primary key,
    account_id      varchar(64)    not null,
    amount          numeric(19, 2) not null,
    iacv            numeric(19, 2),
    currency        varchar(3),
    stage           varchar(128)   not null,
    updated_at      timestamp with time zone not null
);
