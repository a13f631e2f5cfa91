-- A message the broker refuses for good (too large, say) is set aside with the reason instead of blocking every
-- message after it; an operator reads it here. The relay reads only what is not set aside, in id order.
alter table outbox_message add column set_aside_at timestamp with time zone;
alter table outbox_message add column set_aside_reason text;
create index outbox_message_pending on outbox_message (id) where set_aside_at is null;
