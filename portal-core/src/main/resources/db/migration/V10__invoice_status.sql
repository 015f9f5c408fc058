-- Supplier invoices as the ERP reports them, with every change of state (a supplier sees when it was received,
-- blocked, approved, paid).

create table invoice (
    id                 uuid primary key,
    tenant_id          uuid           not null references tenant (id),
    source_system      varchar(30)    not null,
    erp_invoice_id     varchar(100)   not null,
    invoice_number     varchar(100),
    erp_number         varchar(100),
    order_id           uuid references purchase_order (id) deferrable initially deferred,
    order_number       varchar(50),
    invoice_date       date,
    currency           varchar(3),
    total_amount       numeric(18, 4),
    status             varchar(20)    not null,
    block_reason       varchar(2000),
    paid_on            date,
    payment_reference  varchar(100),
    first_seen_at      timestamptz    not null,
    updated_at         timestamptz    not null,
    version            bigint         not null default 0,
    constraint invoice_erp_unique unique (source_system, erp_invoice_id),
    constraint invoice_status_known check (status in ('RECEIVED', 'IN_MATCHING', 'BLOCKED', 'APPROVED', 'PAID', 'CANCELLED'))
);
create index invoice_list_idx on invoice (tenant_id, updated_at desc, id);
create index invoice_order_idx on invoice (order_id);

create table invoice_status_change (
    id          uuid primary key,
    invoice_id  uuid          not null references invoice (id) deferrable initially deferred,
    tenant_id   uuid          not null references tenant (id),
    status      varchar(20)   not null,
    reason      varchar(2000),
    changed_at  timestamptz   not null
);
create index invoice_status_change_idx on invoice_status_change (invoice_id, changed_at);

do $$
declare
    t text;
begin
    foreach t in array array['invoice', 'invoice_status_change'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (portal_all_tenants() or tenant_id = portal_current_tenant())'
                       ' with check (portal_all_tenants() or tenant_id = portal_current_tenant())', t);
    end loop;
end $$;

grant select, insert, update, delete on invoice, invoice_status_change to ${app_role};
