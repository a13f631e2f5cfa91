-- A CloudEvent is identified by its source and id together: another producer's event that happens to reuse an id is
-- a different event. Rows written before this version have no source ('') and still match a redelivery of their id
-- (Inbox.claim), until the retention purges them.
alter table inbox_message add column event_source text not null default '';
alter table inbox_message drop constraint inbox_message_pkey;
alter table inbox_message add primary key (consumer, event_source, event_id);
