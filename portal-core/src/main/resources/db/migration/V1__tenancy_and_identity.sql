-- Tenants (supplier companies), user accounts, supplier contacts and the audit trail, with PostgreSQL row-level
-- security as the second line of tenant isolation. The application connects as ${app_role}, which owns nothing;
-- FORCE makes the policies apply to the owner as well, so even a deployment that runs everything as one role
-- stays isolated (only superusers and BYPASSRLS roles are exempt, and the portal must never use one).

-- The tenant a transaction acts for, set by the application at the start of each transaction
-- (set_config('app.tenant', ..., true)); empty or unset means no tenant.
create function portal_current_tenant() returns uuid
    language sql stable
as $$ select nullif(current_setting('app.tenant', true), '')::uuid $$;

-- Whether the transaction acts across all tenants (buyers, admins, the system). Unset means no.
create function portal_all_tenants() returns boolean
    language sql stable
as $$ select coalesce(current_setting('app.all_tenants', true), '') = 'on' $$;

create table tenant (
    id                 uuid primary key,
    key                varchar(64)  not null,
    name               varchar(200) not null,
    active             boolean      not null default true,
    contact_name       varchar(200),
    contact_email      varchar(254),
    contact_phone      varchar(50),
    qty_under_pct      numeric(5, 2),
    qty_over_pct       numeric(5, 2),
    date_early_days    integer,
    date_late_days     integer,
    price_under_pct    numeric(5, 2),
    price_over_pct     numeric(5, 2),
    source             varchar(20)  not null,
    source_file        varchar(300),
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    version            bigint       not null default 0,
    constraint tenant_key_unique unique (key),
    constraint tenant_key_format check (key ~ '^[a-z0-9][a-z0-9-]*$')
);

create table tenant_party_code (
    tenant_id  uuid        not null references tenant (id) on delete cascade,
    party_code varchar(64) not null,
    primary key (tenant_id, party_code),
    -- An ERP party maps to exactly one tenant, or orders could land in the wrong company.
    constraint tenant_party_code_unique unique (party_code)
);

create table app_user (
    id                 uuid primary key,
    username           varchar(100) not null,
    display_name       varchar(200) not null,
    email              varchar(254),
    password_hash      varchar(100),
    role               varchar(30)  not null,
    tenant_id          uuid references tenant (id),
    active             boolean      not null default true,
    failed_login_count integer      not null default 0,
    locked_until       timestamptz,
    last_login_at      timestamptz,
    source             varchar(20)  not null,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    version            bigint       not null default 0,
    constraint app_user_role_known check (role in ('SUPPLIER_USER', 'SUPPLIER_ADMIN', 'BUYER', 'ADMIN')),
    -- Supplier roles belong to exactly one tenant; buyers and admins to none.
    constraint app_user_role_tenant check ((role in ('SUPPLIER_USER', 'SUPPLIER_ADMIN')) = (tenant_id is not null))
);
create unique index app_user_username_unique on app_user (lower(username));
create index app_user_tenant_idx on app_user (tenant_id);

create table supplier_contact (
    id          uuid primary key,
    tenant_id   uuid         not null references tenant (id),
    name        varchar(200) not null,
    function    varchar(30)  not null,
    email       varchar(254) not null,
    phone       varchar(50),
    notes       varchar(500),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);
create index supplier_contact_tenant_idx on supplier_contact (tenant_id, name);

create table audit_entry (
    id           uuid primary key,
    tenant_id    uuid references tenant (id),
    occurred_at  timestamptz  not null,
    actor_id     uuid         not null,
    actor_name   varchar(200) not null,
    action       varchar(60)  not null,
    subject_type varchar(60)  not null,
    subject_id   varchar(100) not null,
    summary      varchar(500) not null,
    before_state text,
    after_state  text
);
create index audit_entry_subject_idx on audit_entry (subject_type, subject_id, occurred_at);
create index audit_entry_tenant_idx on audit_entry (tenant_id, occurred_at);

-- Row-level security: a transaction sees the rows of its own tenant, or all rows when it acts across tenants.
alter table tenant enable row level security;
alter table tenant force row level security;
create policy tenant_isolation on tenant
    using (portal_all_tenants() or id = portal_current_tenant())
    with check (portal_all_tenants() or id = portal_current_tenant());

alter table tenant_party_code enable row level security;
alter table tenant_party_code force row level security;
create policy tenant_isolation on tenant_party_code
    using (portal_all_tenants() or tenant_id = portal_current_tenant())
    with check (portal_all_tenants() or tenant_id = portal_current_tenant());

-- Buyers' and admins' accounts (no tenant) are visible only across tenants.
alter table app_user enable row level security;
alter table app_user force row level security;
create policy tenant_isolation on app_user
    using (portal_all_tenants() or tenant_id = portal_current_tenant())
    with check (portal_all_tenants() or tenant_id = portal_current_tenant());

alter table supplier_contact enable row level security;
alter table supplier_contact force row level security;
create policy tenant_isolation on supplier_contact
    using (portal_all_tenants() or tenant_id = portal_current_tenant())
    with check (portal_all_tenants() or tenant_id = portal_current_tenant());

alter table audit_entry enable row level security;
alter table audit_entry force row level security;
create policy tenant_isolation on audit_entry
    using (portal_all_tenants() or tenant_id = portal_current_tenant())
    with check (portal_all_tenants() or tenant_id = portal_current_tenant());

grant select, insert, update, delete on tenant, tenant_party_code, app_user, supplier_contact to ${app_role};
-- The audit trail is append-only for the application.
grant select, insert on audit_entry to ${app_role};
