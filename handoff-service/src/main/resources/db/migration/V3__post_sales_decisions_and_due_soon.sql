-- The PostSalesPathDecided that announced a handoff's decision: a decision made again once the account is known
-- names the provisional one it replaces.
alter table handoff add column post_sales_decision_id uuid;

-- When the reminder that a task is due soon (TaskDueSoon) went out, sent once per holder; and the first day of its
-- reminder window, absent for a task that started inside it (and for tasks created before this version).
alter table handoff_task add column due_soon_reported_at timestamp with time zone;
alter table handoff_task add column remind_from date;
