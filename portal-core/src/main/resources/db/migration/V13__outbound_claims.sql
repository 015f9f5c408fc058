-- Outbound messages are claimed by one node before it sends them (issue 12): the claim names the node and lasts a
-- lease, so two nodes never send the same message, and a node that dies with messages claimed leaves them to the
-- others once the lease is over. A message waits while an older one about the same subject is pending, so the
-- versions of one line's commitment or of one ASN reach the ERP in their order.
alter table erp_outbound_message
    add column claimed_by    varchar(255),
    add column claimed_until timestamptz;

create index erp_outbound_message_pending_subject_idx on erp_outbound_message (subject, created_at)
    where status = 'PENDING';
