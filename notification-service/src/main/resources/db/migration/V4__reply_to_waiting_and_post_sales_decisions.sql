-- A redirection is written in the SA's voice: replies go to the SA (Reply-To), not to the sending mailbox.
alter table notification add column reply_to varchar(320);
-- The handoff-service decision a CSM introduction or digital onboarding was sent on: a WAITING introduction is
-- rendered again when the CSM is named, and withdrawn when a final decision supersedes its decision with another path.
alter table notification add column post_sales_decision_id text;
create index notification_post_sales_decision on notification (post_sales_decision_id);
create index notification_waiting on notification (account_id, status, template);

-- Every PostSalesPathDecided received from handoff-service, as it came: what a WAITING email is planned again from.
create table post_sales_decision (
    decision_id             text primary key,
    account_id              varchar(128) not null,
    opportunity_id          text,
    handoff_id              text not null,
    moment                  varchar(16) not null,
    path                    varchar(32) not null,
    provisional             boolean not null,
    supersedes_decision_id  text,
    ae_id                   varchar(128) not null,
    sa_id                   varchar(128),
    csm_id                  varchar(128),
    rule                    text not null,
    reason                  text not null,
    inputs                  text not null,
    received_at             timestamp with time zone not null
);
create index post_sales_decision_account on post_sales_decision (account_id);
