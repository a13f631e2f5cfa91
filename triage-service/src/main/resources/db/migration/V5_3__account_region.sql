-- Versioned 5.3: a parallel branch of triage-service adds 5.10 and up.

-- The account's sales region from AccountUpdated: a request belongs to the regional triage board of its account.
create table account_region (
    account_id  varchar(64)  primary key,
    region      text,
    updated_at  timestamp with time zone not null
);
