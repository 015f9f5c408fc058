-- Reprocessing a refused inbound document (issue 14): after an admin fixed what made the portal refuse it (most often
-- the supplier's identifiers in its channel settings), the document is taken in again as it was received. Its first
-- entry becomes REPROCESSED and no longer holds its interchange control number, so the document can be received
-- again under it; a true repeat of a document that was applied or is still refused stays a DUPLICATE.
drop index b2b_message_inbound_once;
create unique index b2b_message_inbound_once on b2b_message (tenant_id, partner_id, interchange_control)
    where direction = 'IN' and state not in ('DUPLICATE', 'REPROCESSED');
