-- What handoff-service knows of each account, from crm.accounts.
create table account (
    account_id  varchar(64) primary key,
    name        varchar(255) not null,
    segment     varchar(32)  not null,
    tier        varchar(32)  not null,
    arr         numeric(19, 2) not null,
    iacv        numeric(19, 2) not null,
    ae_id       varchar(64),
    sa_id       varchar(64),
    csm_id      varchar(64),
    updated_at  timestamp with time zone not null
);

create table handoff (
    id              uuid primary key,
    account_id      varchar(64)  not null,
    handoff_type    varchar(64)  not null,
    from_person_id  varchar(64),
    to_person_id    varchar(64),
    status          varchar(16)  not null,
    trigger_event_id varchar(255) not null,
    decision_rule   varchar(128) not null,
    decision_reason text         not null,
    decision_inputs text         not null,
    started_at      timestamp with time zone not null,
    completed_at    timestamp with time zone
);
create index handoff_account on handoff (account_id);
-- One open handoff per account, type and people: a repeated trigger must not start a second one.
create unique index handoff_one_open on handoff (account_id, handoff_type, coalesce(from_person_id, ''),
    coalesce(to_person_id, '')) where status = 'OPEN';

create table handoff_task (
    id            uuid primary key,
    handoff_id    uuid not null references handoff (id),
    account_id    varchar(64)  not null,
    position      integer      not null,
    title         varchar(500) not null,
    owner_role    varchar(32)  not null,
    assignee_id   varchar(64),
    due_date      date         not null,
    link          varchar(1000),
    status        varchar(16)  not null,
    completed_by  varchar(64),
    completed_at  timestamp with time zone
);
create index handoff_task_assignee on handoff_task (assignee_id, status);
create index handoff_task_account on handoff_task (account_id, status);
