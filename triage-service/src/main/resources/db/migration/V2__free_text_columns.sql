-- Causes and titles quote text from the CRM (an AccountClosed reason, an opportunity name) whose length the CRM does
-- not bound: a long one must not fail the event that carries it.
alter table label_change alter column cause type text;
alter table action_item alter column title type text;
