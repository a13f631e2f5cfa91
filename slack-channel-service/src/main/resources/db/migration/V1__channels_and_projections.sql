-- What slack-channel-service knows of each account, from crm.accounts. Only account_id is certain: an
-- AccountTeamChanged or AccountClosed may arrive for an account whose AccountUpdated has not been seen.
create table account (
    account_id  varchar(64) primary key,
    name        varchar(255),
    tier        varchar(32),
    arr         numeric(19, 2),
    iacv        numeric(19, 2),
    currency    varchar(8),
    ae_id       varchar(64),
    sa_id       varchar(64),
    csm_id      varchar(64),
    closed_at   timestamp with time zone,
    closed_reason text,
    updated_at  timestamp with time zone not null
);

-- Opportunities from crm.opportunities: an ephemeral channel serves one of them and ends when it closes.
create table opportunity (
    opportunity_id varchar(64) primary key,
    account_id     varchar(64)  not null,
    name           varchar(255) not null,
    order_type     varchar(32)  not null,
    stage          varchar(128) not null,
    sa_id          varchar(64),
    pov_active     boolean,
    updated_at     timestamp with time zone not null
);

-- People from directory.people: the Slack user id is what channel invitations need.
create table person (
    person_id     varchar(64) primary key,
    name          varchar(255) not null,
    role          varchar(32)  not null,
    slack_user_id varchar(64),
    active        boolean      not null,
    updated_at    timestamp with time zone not null
);

-- One row per channel request, from the request to the archived channel. The eligibility decision (reasons and
-- inputs, as JSON) is kept as it was when the request was made.
create table slack_channel (
    id                     uuid primary key,
    account_id             varchar(64)  not null,
    kind                   varchar(16)  not null,
    status                 varchar(24)  not null,
    requested_by           varchar(64)  not null,
    opportunity_id         varchar(64),
    purpose                text,
    exception_type         varchar(64),
    exception_approval_required boolean not null default false,
    eligible               boolean      not null,
    decision_reasons       text         not null,
    decision_inputs        text         not null,
    approver_id            varchar(64),
    approved_by            varchar(64),
    approved_at            timestamp with time zone,
    exception_approved_by  varchar(64),
    exception_approved_at  timestamp with time zone,
    rejected_by            varchar(64),
    rejection_reason       text,
    rejected_at            timestamp with time zone,
    channel_name           varchar(80),
    slack_channel_id       varchar(64),
    invitees               text,
    requested_at           timestamp with time zone not null,
    created_at             timestamp with time zone,
    expires_at             timestamp with time zone,
    reminder_sent_at       timestamp with time zone,
    conversion_offered_at  timestamp with time zone,
    conversion_reasons     text,
    conversion_approved_by varchar(64),
    conversion_approved_at timestamp with time zone,
    archive_reason         text,
    archive_requested_at   timestamp with time zone,
    archived_at            timestamp with time zone,
    provisioning_attempts  integer      not null default 0,
    last_error             text,
    next_attempt_at        timestamp with time zone
);
create index slack_channel_account on slack_channel (account_id, status);
create index slack_channel_opportunity on slack_channel (opportunity_id);
create index slack_channel_due on slack_channel (status, next_attempt_at);
create index slack_channel_expiry on slack_channel (status, expires_at);
-- At most one open customer channel per account and one open ephemeral channel per opportunity, even when two
-- requests race.
create unique index slack_channel_one_customer on slack_channel (account_id)
    where kind = 'CUSTOMER' and status in ('REQUESTED', 'APPROVED', 'ACTIVE', 'EXPIRING', 'CONVERSION_OFFERED');
create unique index slack_channel_one_ephemeral on slack_channel (opportunity_id)
    where kind = 'EPHEMERAL' and status in ('REQUESTED', 'APPROVED', 'ACTIVE', 'EXPIRING', 'CONVERSION_OFFERED');
