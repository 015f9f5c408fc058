-- A commitment's message for the ERP is written in the transaction that makes the commitment (the outbox), which is
-- often a supplier's own: that transaction may add messages of its own company. Reading, claiming and changing the
-- queue stay cross-tenant work only (policy system_only); an insert policy has no using clause, so a supplier still
-- sees none of the queue, its own messages included.
create policy tenant_adds_own_messages on erp_outbound_message for insert
    with check (tenant_id = portal_current_tenant());
