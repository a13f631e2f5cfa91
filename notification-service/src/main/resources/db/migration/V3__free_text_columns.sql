-- Names, subjects, stages and addresses come from the CRM, the directory and customers, and the event contract does not
-- bound their length: a long one must not fail the insert and dead-letter an otherwise valid event. Subjects are also
-- shortened when rendered (seamless.mail.max-subject-length). A notification's addresses (recipient, cc) keep their
-- limit: only valid addresses of at most 254 characters are ever put there.
alter table person alter column name type text, alter column email type text;
alter table account alter column name type text, alter column contact_name type text,
    alter column contact_email type text;
alter table opportunity alter column name type text, alter column stage type text;
alter table notification alter column subject type text, alter column recipient_key type text,
    alter column triggering_event_id type text;
