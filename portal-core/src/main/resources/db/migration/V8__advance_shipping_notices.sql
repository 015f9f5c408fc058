-- Advance shipping notices: what a supplier ships, from the committed lines of one or more orders to one ship-to,
-- in packages with SSCCs; matched against the receipts the ERP reports.

create sequence asn_number_seq;

create table asn (
    id               uuid primary key,
    tenant_id        uuid          not null references tenant (id),
    number           varchar(30)   not null,
    -- Every change is a new version sent to the ERP; 1 for the first.
    asn_version      integer       not null,
    status           varchar(20)   not null,
    ship_date        date          not null,
    expected_arrival date          not null,
    carrier          varchar(100),
    tracking_number  varchar(100),
    bill_of_lading   varchar(100),
    ship_to          varchar(500),
    packages         text          not null,
    created_by       varchar(200)  not null,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    cancelled_at     timestamptz,
    received_at      timestamptz,
    not_received_raised_at timestamptz,
    version          bigint        not null default 0,
    constraint asn_number_unique unique (tenant_id, number),
    constraint asn_status_known check (status in ('SHIPPED', 'PARTLY_RECEIVED', 'RECEIVED', 'CANCELLED')),
    constraint asn_dates check (ship_date <= expected_arrival)
);
create index asn_list_idx on asn (tenant_id, ship_date desc, id);
create index asn_arrival_idx on asn (expected_arrival) where status = 'SHIPPED';

create table asn_line (
    id                uuid primary key,
    asn_id            uuid           not null references asn (id) deferrable initially deferred,
    tenant_id         uuid           not null references tenant (id),
    line_no           integer        not null,
    order_id          uuid           not null references purchase_order (id) deferrable initially deferred,
    order_number      varchar(50)    not null,
    order_line_number integer        not null,
    source_system     varchar(30)    not null,
    erp_order_id      varchar(100),
    erp_line_id       varchar(100),
    part_number       varchar(100)   not null,
    description       varchar(500),
    quantity          numeric(18, 4) not null,
    unit              varchar(20),
    lot               varchar(100),
    serials           text,
    received_quantity numeric(18, 4) not null default 0,
    constraint asn_line_unique unique (asn_id, line_no) deferrable initially deferred,
    constraint asn_line_quantity_positive check (quantity > 0)
);
create index asn_line_order_idx on asn_line (order_id, order_line_number);

-- The next SSCC serial reference of each supplier (per GS1 company prefix, which a supplier has one of).
create table sscc_counter (
    tenant_id   uuid primary key references tenant (id),
    next_serial bigint not null
);


do $$
declare
    t text;
begin
    foreach t in array array['asn', 'asn_line', 'sscc_counter'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (portal_all_tenants() or tenant_id = portal_current_tenant())'
                       ' with check (portal_all_tenants() or tenant_id = portal_current_tenant())', t);
    end loop;
end $$;

grant select, insert, update, delete on asn, asn_line, sscc_counter to ${app_role};
grant usage on sequence asn_number_seq to ${app_role};
