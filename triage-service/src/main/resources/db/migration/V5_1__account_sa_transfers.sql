-- Versioned 5.1 rather than 5: a parallel branch of triage-service adds its own next migrations, and two files with
-- the same version would stop Flyway.

-- Every change of an account's own SA by the CRM or an SA leader, with the rule, the reason and the requests moved.
create table account_sa_transfer (
    id                 bigserial    primary key,
    account_id         varchar(64)  not null,
    previous_sa_id     varchar(64),
    sa_id              varchar(64)  not null,
    rule               varchar(128) not null,
    reason             text         not null,
    source             varchar(32)  not null,
    decided_by         varchar(64),
    decided_at         timestamp with time zone not null,
    moved_request_ids  jsonb        not null
);
create index account_sa_transfer_account on account_sa_transfer (account_id, decided_at);
