-- Shared by every service, each in its own database. Library migrations use versions 0.x so that a service's own
-- migrations (1 and above) always come after them.

-- Events written in the same transaction as the state change that caused them; the relay publishes them in id
-- order and deletes them once the broker has acknowledged them.
create table outbox_message (
    id          bigserial primary key,
    event_id    varchar(64)  not null unique,
    topic       varchar(255) not null,
    message_key varchar(255) not null,
    event_type  varchar(128) not null,
    payload     text         not null,
    created_at  timestamp with time zone not null default now()
);

-- One row per consumed event id and consumer: a redelivered event finds its row and has no second effect.
create table inbox_message (
    consumer     varchar(128) not null,
    event_id     varchar(255) not null,
    event_type   varchar(128) not null,
    received_at  timestamp with time zone not null default now(),
    primary key (consumer, event_id)
);
