-- What notification-service knows of people (directory.people), accounts (crm.accounts) and opportunities
-- (crm.opportunities): enough to address an email and to tell whether an account's deal has closed.
create table person (
    person_id   varchar(128) primary key,
    name        varchar(255) not null,
    email       varchar(320) not null,
    role        varchar(32)  not null,
    active      boolean      not null,
    updated_at  timestamp with time zone not null
);

-- name and tier stay empty while only AccountTeamChanged has described the account
create table account (
    account_id     varchar(128) primary key,
    name           varchar(255),
    tier           varchar(32),
    arr            numeric(19, 2),
    ae_id          varchar(128),
    sa_id          varchar(128),
    csm_id         varchar(128),
    contact_name   varchar(255),
    contact_email  varchar(320),
    updated_at     timestamp with time zone not null
);

create table opportunity (
    opportunity_id  varchar(128) primary key,
    account_id      varchar(128) not null,
    name            varchar(255) not null,
    order_type      varchar(32)  not null,
    stage           varchar(128) not null,
    updated_at      timestamp with time zone not null
);
create index opportunity_account on opportunity (account_id);

-- Every notification, sent or not: the audit trail. At most one per occasion (the triggering event, or the business
-- fact it is about, e.g. an opportunity), template and recipient.
create table notification (
    id                  uuid primary key,
    account_id          varchar(128) not null,
    template            varchar(64)  not null,
    occasion            varchar(255) not null,
    recipient_key       varchar(400) not null,
    recipient_id        varchar(128),
    recipient           varchar(320),
    cc                  varchar(320)[] not null,
    subject             varchar(998) not null,
    body_text           text         not null,
    body_html           text         not null,
    status              varchar(16)  not null,
    failure_reason      text,
    decision_rule       varchar(128) not null,
    decision_reason     text         not null,
    decision_inputs     text         not null,
    triggering_event_id varchar(255) not null,
    attempts            integer      not null,
    next_attempt_at     timestamp with time zone,
    claimed_at          timestamp with time zone,
    created_at          timestamp with time zone not null,
    sent_at             timestamp with time zone,
    constraint notification_once unique (occasion, template, recipient_key)
);
create index notification_account on notification (account_id, created_at);
create index notification_recipient on notification (recipient);
create index notification_recipient_id on notification (recipient_id);
create index notification_due on notification (status, next_attempt_at);
