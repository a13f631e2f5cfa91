-- Triage requests: the form as submitted, where the request stands, and the decisions taken on it.
create table triage_request (
    id                  varchar(64)  primary key,
    account_id          varchar(64)  not null,
    account_name        varchar(255) not null,
    opportunity_id      varchar(64),
    segment             varchar(16)  not null,
    order_type          varchar(16)  not null,
    tier                varchar(16)  not null,
    amount              numeric(19, 2) not null,
    iacv                numeric(19, 2),
    requester_id        varchar(64)  not null,
    activity            varchar(32)  not null,
    synchronous         boolean      not null,
    post_sales          boolean      not null,
    duration_minutes    integer,
    requested_for       timestamp with time zone,
    preferred_dates     jsonb        not null,
    timezone            varchar(64),
    desired_outcome     text,
    objectives          text,
    agenda              text,
    attendees           jsonb        not null,
    challenges          text,
    infrastructure      text,
    sa_tasks            text,
    expertise           jsonb        not null,
    compelling_event    text,
    services_involved   boolean      not null,
    channel             varchar(16)  not null,
    submitted_by        varchar(64)  not null,
    submitted_at        timestamp with time zone not null,
    status              varchar(16)  not null,
    route               varchar(32)  not null,
    qualification       jsonb        not null,
    policy_version      varchar(64)  not null,
    qualified_at        timestamp with time zone not null,
    response_due_by     timestamp with time zone,
    sa_id               varchar(64),
    assignment_id       bigint,
    open_action_items   integer      not null default 0,
    labels              jsonb        not null,
    started_at          timestamp with time zone,
    completed_at        timestamp with time zone,
    completed_by        varchar(64),
    closed_at           timestamp with time zone,
    close_reason        text,
    version             integer      not null default 0
);
create index triage_request_account on triage_request (account_id);
create index triage_request_opportunity on triage_request (opportunity_id);
create index triage_request_sa on triage_request (sa_id, status);
create index triage_request_status on triage_request (status, requested_for);
create index triage_request_labels on triage_request using gin (labels);

-- Every label change of a request, in order: the board's history.
create table label_change (
    id          bigserial    primary key,
    request_id  varchar(64)  not null references triage_request (id),
    labels      jsonb        not null,
    added       jsonb        not null,
    removed     jsonb        not null,
    changed_by  varchar(64)  not null,
    cause       varchar(255) not null,
    changed_at  timestamp with time zone not null
);
create index label_change_request on label_change (request_id, id);

-- Every assignment decision with its explanation.
create table assignment (
    id              bigserial    primary key,
    request_id      varchar(64)  not null references triage_request (id),
    account_id      varchar(64)  not null,
    sa_id           varchar(64),
    previous_sa_id  varchar(64),
    engaged         boolean      not null,
    trigger_kind    varchar(32)  not null,
    rule            varchar(128) not null,
    message         text         not null,
    candidates      jsonb        not null,
    inputs          jsonb        not null,
    policy_version  varchar(64)  not null,
    decided_by      varchar(64)  not null,
    decided_at      timestamp with time zone not null
);
create index assignment_request on assignment (request_id, id);

-- Approvals of an exception to the qualification thresholds: one per role and request.
create table exception_approval (
    id           bigserial    primary key,
    request_id   varchar(64)  not null references triage_request (id),
    role         varchar(16)  not null,
    approver_id  varchar(64)  not null,
    note         text,
    approved_at  timestamp with time zone not null,
    unique (request_id, role)
);

-- The SA roster, from directory.people.
create table solutions_architect (
    person_id         varchar(64)  primary key,
    name              varchar(255) not null,
    email             varchar(255) not null,
    region            varchar(64),
    segment           varchar(16),
    expertise         jsonb        not null,
    capacity          integer,
    active            boolean      not null,
    last_assigned_at  timestamp with time zone,
    updated_at        timestamp with time zone not null
);

create table sa_absence (
    id          bigserial    primary key,
    person_id   varchar(64)  not null,
    from_day    date         not null,
    to_day      date         not null,
    reason      varchar(64)  not null,
    received_at timestamp with time zone not null,
    unique (person_id, from_day, to_day, reason)
);
create index sa_absence_person on sa_absence (person_id, to_day);

-- The account's current SA (the sticky technical contact), from the CRM and from our own assignments.
create table account_sa (
    account_id  varchar(64)  primary key,
    sa_id       varchar(64)  not null,
    source      varchar(32)  not null,
    updated_at  timestamp with time zone not null
);

-- The weekly triage-SA rotation set through the API; the newest row wins over configuration.
create table triage_rotation (
    id         bigserial    primary key,
    starts_on  date         not null,
    sa_ids     jsonb        not null,
    set_by     varchar(64)  not null,
    set_at     timestamp with time zone not null
);

-- Work the SA owns beyond an engagement, e.g. recording the stage-3 transition data.
create table action_item (
    id                uuid         primary key,
    kind              varchar(64)  not null,
    account_id        varchar(64)  not null,
    opportunity_id    varchar(64)  not null,
    request_id        varchar(64)  references triage_request (id),
    sa_id             varchar(64)  not null,
    title             varchar(500) not null,
    details           text         not null,
    status            varchar(16)  not null,
    trigger_event_id  varchar(255) not null,
    created_at        timestamp with time zone not null,
    completed_by      varchar(64),
    completed_at      timestamp with time zone
);
create index action_item_sa on action_item (sa_id, status);
-- One open item of a kind per opportunity: a repeated stage change does not create a second one.
create unique index action_item_one_open on action_item (opportunity_id, kind) where status = 'OPEN';
