-- One row per applied event: a second row for the same event id would be a doubled effect.
create table effect (
    event_id   varchar(255) not null,
    account_id varchar(255) not null,
    applied_at timestamp with time zone not null default now()
);
