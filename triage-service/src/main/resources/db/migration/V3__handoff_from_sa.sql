-- The SA who was last engaged on a request that is now only held (by the week's triage SA, or by nobody): the SA
-- engaged on it next takes it over from them (SA to SA handoff).
alter table triage_request add column handoff_from_sa_id varchar(64);

-- Requests moved to a hold before this column existed announced the SA who left as the hold's previous SA.
update triage_request r set handoff_from_sa_id = a.previous_sa_id
from assignment a
where a.id = r.assignment_id and not a.engaged and a.previous_sa_id is not null
  and r.status in ('WAITING', 'BACKLOG');
