-- InboxPurge deletes by age.
create index inbox_message_received_at on inbox_message (received_at);
