-- Where a closed request stood when its opportunity or account closed: one an SA was engaged on still counts
-- towards the account's SMB synchronous engagements.
alter table triage_request add column closed_from_status varchar(16);

-- Requests closed before this column existed: an SA was engaged when the request's last assignment engaged one.
update triage_request r set closed_from_status = case when r.started_at is not null then 'DOING' else 'TRIAGED' end
from assignment a
where a.id = r.assignment_id and a.engaged and r.status = 'CLOSED';
