-- The ERP connector's own state (watermarks, outbound queue, dead letters, parked orders) and goods receipts.
-- Integration tables are for the system and admins only: row-level security lets only cross-tenant work see them.

create table erp_sync_state (
    name        varchar(100) primary key,
    watermark   varchar(200),
    last_run_at timestamptz,
    last_success_at timestamptz,
    updated_at  timestamptz  not null
);

create table erp_outbound_message (
    id              uuid primary key,
    idempotency_key varchar(300) not null,
    kind            varchar(30)  not null,
    tenant_id       uuid references tenant (id),
    subject         varchar(300) not null,
    payload         text         not null,
    status          varchar(20)  not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      varchar(2000),
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    version         bigint       not null default 0,
    constraint erp_outbound_message_key_unique unique (idempotency_key)
);
create index erp_outbound_message_due_idx on erp_outbound_message (status, next_attempt_at);

create table erp_dead_letter (
    id            uuid primary key,
    direction     varchar(10)   not null,
    kind          varchar(30)   not null,
    source_system varchar(30)   not null,
    record_key    varchar(300)  not null,
    subject       varchar(300)  not null,
    payload       text          not null,
    error         varchar(4000) not null,
    attempts      integer       not null,
    history       text          not null,
    status        varchar(20)   not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    version       bigint        not null default 0
);
create index erp_dead_letter_status_idx on erp_dead_letter (status, created_at);
create unique index erp_dead_letter_open_unique on erp_dead_letter (kind, source_system, record_key) where status = 'OPEN';

create table erp_parked_order (
    id            uuid primary key,
    source_system varchar(30)  not null,
    erp_id        varchar(100) not null,
    number        varchar(50)  not null,
    party_code    varchar(64)  not null,
    payload       text         not null,
    reason        varchar(500) not null,
    status        varchar(20)  not null,
    parked_at     timestamptz  not null,
    updated_at    timestamptz  not null,
    constraint erp_parked_order_unique unique (source_system, erp_id)
);

create table receipt (
    id                 uuid primary key,
    tenant_id          uuid           not null references tenant (id),
    source_system      varchar(30)    not null,
    erp_receipt_id     varchar(100)   not null,
    order_id           uuid           not null references purchase_order (id),
    line_number        integer        not null,
    quantity           numeric(18, 6) not null,
    unit               varchar(20)    not null,
    received_on        date           not null,
    shipment_reference varchar(100),
    received_at        timestamptz    not null,
    constraint receipt_erp_unique unique (tenant_id, source_system, erp_receipt_id)
);
create index receipt_order_idx on receipt (order_id, line_number);

alter table receipt enable row level security;
alter table receipt force row level security;
create policy tenant_isolation on receipt
    using (portal_all_tenants() or tenant_id = portal_current_tenant())
    with check (portal_all_tenants() or tenant_id = portal_current_tenant());

do $$
declare
    t text;
begin
    foreach t in array array['erp_sync_state', 'erp_outbound_message', 'erp_dead_letter', 'erp_parked_order']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy system_only on %I using (portal_all_tenants()) with check (portal_all_tenants())', t);
    end loop;
end
$$;

grant select, insert, update, delete on erp_sync_state, erp_outbound_message, erp_dead_letter, erp_parked_order,
    receipt to ${app_role};

-- What the ERP has received against each order line, kept on the line so that both sides see it on the order.
alter table purchase_order_line add column received_quantity numeric(18, 6) not null default 0;
