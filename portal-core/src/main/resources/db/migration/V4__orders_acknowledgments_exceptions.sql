-- Purchase orders with revisions, supplier acknowledgments, commitments, tolerance overrides per part number and
-- the buyer exception inbox. Every table is tenant-owned and under the same row-level security policy as V1.

alter table tenant add column ack_deadline_working_days integer not null default 2;

create table purchase_order (
    id                         uuid primary key,
    tenant_id                  uuid           not null references tenant (id),
    source_system              varchar(30)    not null,
    erp_id                     varchar(100)   not null,
    -- Codes, not words: byte order ("C") so that prefix searches can use the index with bound parameters.
    number                     varchar(50)    collate "C" not null,
    erp_revision               bigint         not null,
    revision                   integer        not null,
    supplier_party_code        varchar(64)    not null,
    buyer_name                 varchar(200),
    buyer_email                varchar(254),
    currency                   varchar(3)        not null,
    payment_terms              varchar(200),
    incoterms                  varchar(100),
    ship_to                    varchar(500),
    order_date                 date           not null,
    status                     varchar(20)    not null,
    line_count                 integer        not null,
    total_amount               numeric(20, 4) not null,
    first_requested_date       date,
    revision_received_at       timestamptz    not null,
    ack_due_at                 timestamptz,
    acknowledged_revision      integer,
    last_answered_at           timestamptz,
    overdue_raised_revision    integer,
    content_hash               varchar(64)    not null,
    created_at                 timestamptz    not null,
    updated_at                 timestamptz    not null,
    version                    bigint         not null default 0,
    constraint purchase_order_erp_unique unique (tenant_id, source_system, erp_id)
);
-- The order list: filter by tenant and status, sort by date or number; keyset-friendly (id as tie breaker).
create index purchase_order_list_idx on purchase_order (tenant_id, order_date desc, id);
create index purchase_order_status_idx on purchase_order (tenant_id, status, order_date desc, id);
create index purchase_order_number_idx on purchase_order (tenant_id, number);
create index purchase_order_due_idx on purchase_order (ack_due_at) where status in ('NEW', 'CHANGED');
-- The ERP side looks orders up by their ERP identity, before it knows (or without needing) the tenant.
create index purchase_order_erp_idx on purchase_order (source_system, erp_id);

create table purchase_order_revision (
    id           uuid primary key,
    tenant_id    uuid        not null references tenant (id),
    order_id     uuid        not null references purchase_order (id),
    revision     integer     not null,
    erp_revision bigint      not null,
    received_at  timestamptz not null,
    content_hash varchar(64) not null,
    change_count integer     not null,
    -- The revision as the ERP sent it, kept once a later revision replaces it (the current one is the order itself).
    document     text,
    constraint purchase_order_revision_unique unique (order_id, revision)
);

create table purchase_order_line (
    id                   uuid primary key,
    tenant_id            uuid           not null references tenant (id),
    order_id             uuid           not null references purchase_order (id),
    line_number          integer        not null,
    erp_line_id          varchar(100),
    part_number          varchar(100)   collate "C" not null,
    supplier_part_number varchar(100)   collate "C",
    description          varchar(500),
    quantity             numeric(18, 6) not null,
    unit                 varchar(20)    not null,
    unit_price           numeric(18, 6) not null,
    price_unit           numeric(18, 6) not null,
    requested_date       date           not null,
    status               varchar(20)    not null,
    changed_in_revision  integer        not null,
    status_note          varchar(1000),
    committed_quantity   numeric(18, 6),
    committed_price      numeric(18, 6),
    committed_at         timestamptz,
    commitment_source    varchar(30),
    counter_quantity     numeric(18, 6),
    counter_date         date,
    counter_price        numeric(18, 6),
    version              bigint         not null default 0,
    constraint purchase_order_line_unique unique (order_id, line_number)
);
-- Search by part number within a tenant, and the lines of an order.
create index purchase_order_line_part_idx on purchase_order_line (tenant_id, part_number, order_id);
create index purchase_order_line_supplier_part_idx on purchase_order_line (tenant_id, supplier_part_number, order_id);

create table purchase_order_schedule_line (
    line_id   uuid           not null references purchase_order_line (id) on delete cascade,
    tenant_id uuid           not null references tenant (id),
    position  integer        not null,
    quantity  numeric(18, 6) not null,
    date      date           not null,
    primary key (line_id, position)
);

create table line_commitment_delivery (
    line_id   uuid           not null references purchase_order_line (id) on delete cascade,
    tenant_id uuid           not null references tenant (id),
    position  integer        not null,
    quantity  numeric(18, 6) not null,
    date      date           not null,
    primary key (line_id, position)
);

create table acknowledgment (
    id              uuid primary key,
    tenant_id       uuid          not null references tenant (id),
    order_id        uuid          not null references purchase_order (id),
    revision        integer       not null,
    idempotency_key varchar(100)  not null,
    submitted_at    timestamptz   not null,
    submitted_by    varchar(200)  not null,
    submitted_by_id uuid          not null,
    comment         varchar(2000),
    constraint acknowledgment_idempotency_unique unique (tenant_id, idempotency_key)
);
create index acknowledgment_order_idx on acknowledgment (order_id, submitted_at);

create table acknowledgment_line (
    id                uuid primary key,
    tenant_id         uuid           not null references tenant (id),
    acknowledgment_id uuid           not null references acknowledgment (id),
    order_line_id     uuid           not null references purchase_order_line (id),
    line_number       integer        not null,
    decision          varchar(10)    not null,
    proposed_unit     varchar(20),
    proposed_price    numeric(18, 6),
    proposed_currency varchar(3),
    reject_reason     varchar(1000),
    comment           varchar(2000),
    outcome           varchar(20)    not null,
    explanation       varchar(2000)  not null,
    buyer_decision    varchar(20),
    constraint acknowledgment_line_unique unique (acknowledgment_id, line_number)
);
create index acknowledgment_line_order_line_idx on acknowledgment_line (order_line_id);

create table acknowledgment_delivery (
    acknowledgment_line_id uuid           not null references acknowledgment_line (id) on delete cascade,
    tenant_id              uuid           not null references tenant (id),
    position               integer        not null,
    quantity               numeric(18, 6) not null,
    date                   date           not null,
    primary key (acknowledgment_line_id, position)
);

create table part_tolerance (
    id               uuid primary key,
    tenant_id        uuid          not null references tenant (id),
    part_number      varchar(100)  not null,
    qty_under_pct    numeric(5, 2),
    qty_over_pct     numeric(5, 2),
    date_early_days  integer,
    date_late_days   integer,
    price_under_pct  numeric(5, 2),
    price_over_pct   numeric(5, 2),
    updated_at       timestamptz   not null,
    version          bigint        not null default 0,
    constraint part_tolerance_unique unique (tenant_id, part_number)
);

create table buyer_exception (
    id                      uuid primary key,
    tenant_id               uuid          not null references tenant (id),
    type                    varchar(40)   not null,
    status                  varchar(20)   not null,
    supplier_name           varchar(200)  not null,
    order_id                uuid          not null references purchase_order (id),
    order_number            varchar(50)   not null,
    order_revision          integer       not null,
    order_line_id           uuid references purchase_order_line (id),
    line_number             integer,
    part_number             varchar(100),
    acknowledgment_line_id  uuid references acknowledgment_line (id),
    ordered_summary         varchar(1000),
    proposed_summary        varchar(1000),
    rule                    varchar(2000) not null,
    raised_at               timestamptz   not null,
    due_at                  timestamptz   not null,
    decided_at              timestamptz,
    decided_by              varchar(200),
    decision_note           varchar(2000),
    version                 bigint        not null default 0
);
create index buyer_exception_inbox_idx on buyer_exception (status, raised_at, id);
create index buyer_exception_order_idx on buyer_exception (order_id, status);

do $$
declare
    t text;
begin
    foreach t in array array['purchase_order', 'purchase_order_revision', 'purchase_order_line',
        'purchase_order_schedule_line', 'line_commitment_delivery', 'acknowledgment', 'acknowledgment_line',
        'acknowledgment_delivery', 'part_tolerance', 'buyer_exception']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (portal_all_tenants() or tenant_id = portal_current_tenant())'
            ' with check (portal_all_tenants() or tenant_id = portal_current_tenant())', t);
        execute format('grant select, insert, update, delete on %I to ${app_role}', t);
    end loop;
end
$$;
