-- The approver the seed requires, and no one else: a request without a CSM (or SA) waits in AWAITING_APPROVER,
-- with the reason, until the CRM names one; an admin decides only on someone's behalf, recorded as the proxy.
alter table slack_channel add column awaiting_approver_reason text;
alter table slack_channel add column approved_by_proxy varchar(255);
alter table slack_channel add column exception_approved_by_proxy varchar(255);
alter table slack_channel add column rejected_by_proxy varchar(255);
alter table slack_channel add column conversion_approved_by_proxy varchar(255);

-- A request waiting for its approver is open too: still at most one per account or opportunity.
drop index slack_channel_one_customer;
drop index slack_channel_one_ephemeral;
create unique index slack_channel_one_customer on slack_channel (account_id)
    where kind = 'CUSTOMER' and status in ('AWAITING_APPROVER', 'REQUESTED', 'APPROVED', 'ACTIVE', 'EXPIRING',
                                           'CONVERSION_OFFERED');
create unique index slack_channel_one_ephemeral on slack_channel (opportunity_id)
    where kind = 'EPHEMERAL' and status in ('AWAITING_APPROVER', 'REQUESTED', 'APPROVED', 'ACTIVE', 'EXPIRING',
                                            'CONVERSION_OFFERED');
