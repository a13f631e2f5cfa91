-- What handoff-service knows of each person, from directory.people: names for the API, and who has left.
create table person (
    person_id   varchar(64) primary key,
    name        varchar(255) not null,
    email       varchar(320) not null,
    role        varchar(32)  not null,
    active      boolean      not null,
    updated_at  timestamp with time zone not null
);

-- Accounts the CRM closed (AccountClosed may arrive before the account itself): no new handoffs start for them.
create table account_closure (
    account_id  varchar(64) primary key,
    reason      text         not null,
    closed_at   timestamp with time zone not null
);

alter table handoff add column opportunity_id  varchar(64);
alter table handoff add column template_name   varchar(255);
alter table handoff add column ae_id           varchar(64);
alter table handoff add column trigger_type    varchar(64);
alter table handoff add column started_by      varchar(64);
alter table handoff add column cancelled_at    timestamp with time zone;
alter table handoff add column cancel_rule     varchar(128);
alter table handoff add column cancel_reason   text;
update handoff set trigger_type = 'OpportunityStageChanged', template_name = handoff_type where trigger_type is null;
alter table handoff alter column trigger_type set not null;
alter table handoff alter column template_name set not null;
-- a person's directory change re-checks the open handoffs they take part in
create index handoff_open_from on handoff (from_person_id) where status = 'OPEN';
create index handoff_open_to on handoff (to_person_id) where status = 'OPEN';
create index handoff_open_ae on handoff (ae_id) where status = 'OPEN';

alter table handoff_task add column assignment_rule     varchar(128);
alter table handoff_task add column assignment_reason   text;
alter table handoff_task add column cancelled_at        timestamp with time zone;
alter table handoff_task add column cancel_reason       text;
alter table handoff_task add column overdue_reported_at timestamp with time zone;
-- the scheduled overdue check looks only at open tasks not reported yet
create index handoff_task_overdue on handoff_task (due_date) where status = 'OPEN' and overdue_reported_at is null;
-- a handoff started by hand has no triggering event (started_by says who)
alter table handoff alter column trigger_event_id drop not null;
