-- The SA of each opportunity (crm.opportunities), so that the SAs of an account's opportunities may redirect its
-- contacts; rows projected before this migration learn their SA with the opportunity's next stage change.
alter table opportunity add column sa_id varchar(128);
create index opportunity_sa on opportunity (sa_id);

-- An occasion may now name a requester, an account and an Idempotency-Key together.
alter table notification alter column occasion type text;
