-- The clock on a request waiting for its approver: when the approval is due, and when the reminder
-- (SlackApprovalDueSoon) and the breach (SlackApprovalOverdue) were published, each once.
alter table slack_channel add column approval_due_at timestamp with time zone;
alter table slack_channel add column approval_reminded_at timestamp with time zone;
alter table slack_channel add column approval_breached_at timestamp with time zone;
create index slack_channel_approval_due on slack_channel (status, approval_due_at);
