-- Slack work is no longer done inside a transaction holding the channel's row lock: a short transaction claims the
-- channel for a while (claim_token, claimed_until), Slack is called with no transaction open, and short
-- transactions record the outcome if the claim is still theirs. An instance that dies mid-work leaves a claim that
-- runs out, and the work is taken over.
alter table slack_channel add column claim_token   uuid;
alter table slack_channel add column claimed_until timestamp with time zone;
-- Set, and committed, before the first call that may create the channel in Slack: from then on a channel of that
-- name may exist even without a recorded Slack id, so ending the channel goes through archiving in Slack.
alter table slack_channel add column creation_started_at timestamp with time zone;
