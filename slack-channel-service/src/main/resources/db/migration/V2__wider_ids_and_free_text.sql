-- The contract bounds neither ids nor names (docs/events.md), and the other services keep ids of 128 characters
-- or more: a valid event with a long account id must be applied, not dead-lettered. Ids from the CRM, the people
-- directory, tokens and Slack now take up to 255 characters; names and stages from the CRM any length.
alter table account
    alter column account_id type varchar(255),
    alter column ae_id      type varchar(255),
    alter column sa_id      type varchar(255),
    alter column csm_id     type varchar(255),
    alter column name       type text;

alter table opportunity
    alter column opportunity_id type varchar(255),
    alter column account_id     type varchar(255),
    alter column sa_id          type varchar(255),
    alter column name           type text,
    alter column stage          type text;

alter table person
    alter column person_id     type varchar(255),
    alter column slack_user_id type varchar(255),
    alter column name          type text;

alter table slack_channel
    alter column account_id             type varchar(255),
    alter column requested_by           type varchar(255),
    alter column opportunity_id         type varchar(255),
    alter column approver_id            type varchar(255),
    alter column approved_by            type varchar(255),
    alter column exception_approved_by  type varchar(255),
    alter column rejected_by            type varchar(255),
    alter column slack_channel_id       type varchar(255),
    alter column conversion_approved_by type varchar(255);
