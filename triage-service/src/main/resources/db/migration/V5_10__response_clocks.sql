-- The response clocks of triage requests: the target, who owes it, and whether its reminder and breach went out.
-- (Versioned 5.10: the 5.x numbers below it are left to the other branches of this round.)
create table response_clock (
    id              bigserial    primary key,
    request_id      varchar(64)  not null references triage_request (id),
    account_id      varchar(64)  not null,
    clock           varchar(32)  not null,
    rule            varchar(128) not null,
    inputs          jsonb        not null,
    owner_id        varchar(64),
    started_at      timestamp with time zone not null,
    remind_at       timestamp with time zone not null,
    due_at          timestamp with time zone not null,
    reminded_at     timestamp with time zone,
    breached_at     timestamp with time zone,
    met_at          timestamp with time zone,
    stopped_at      timestamp with time zone,
    ended_because   text
);
create index response_clock_request on response_clock (request_id, id);
create index response_clock_running on response_clock (due_at) where met_at is null and stopped_at is null;
-- at most one clock of a kind runs per request
create unique index response_clock_one_running on response_clock (request_id, clock)
    where met_at is null and stopped_at is null;
