-- Onboarding: what an admin records about a supplier besides its name, and invitations for its people.

alter table tenant
    add column address_street        varchar(200),
    add column address_postal_code   varchar(20),
    add column address_city          varchar(100),
    add column address_country       varchar(2),
    add column ship_from_street      varchar(200),
    add column ship_from_postal_code varchar(20),
    add column ship_from_city        varchar(100),
    add column ship_from_country     varchar(2),
    -- GS1 company prefix: the start of every SSCC on the supplier's shipping labels.
    add column gs1_company_prefix    varchar(12),
    add column ship_before_ack       boolean not null default false,
    add column default_carrier       varchar(100),
    add column tolerances_reviewed_at timestamptz,
    add column tolerances_reviewed_by varchar(200),
    add column deactivated_at        timestamptz,
    add constraint tenant_gs1_prefix_digits check (gs1_company_prefix ~ '^[0-9]{6,12}$'),
    add constraint tenant_countries check (address_country ~ '^[A-Z]{2}$' and ship_from_country ~ '^[A-Z]{2}$');

-- An invitation to set a password: for a new account (the account is created when it is accepted) or for an
-- existing one (a password reset). Only the SHA-256 of the link's token is stored, so the table never holds a
-- usable link.
create table invitation (
    id            uuid primary key,
    tenant_id     uuid references tenant (id),
    email         varchar(254) not null,
    display_name  varchar(200) not null,
    role          varchar(30)  not null,
    purpose       varchar(20)  not null,
    user_id       uuid references app_user (id) deferrable initially deferred,
    token_hash    varchar(64)  not null,
    status        varchar(20)  not null,
    expires_at    timestamptz  not null,
    invited_by    varchar(200) not null,
    created_at    timestamptz  not null,
    last_sent_at  timestamptz  not null,
    send_count    integer      not null,
    accepted_at   timestamptz,
    version       bigint       not null default 0,
    constraint invitation_token_unique unique (token_hash),
    constraint invitation_role_known check (role in ('SUPPLIER_USER', 'SUPPLIER_ADMIN', 'BUYER', 'ADMIN')),
    constraint invitation_role_tenant check ((role in ('SUPPLIER_USER', 'SUPPLIER_ADMIN')) = (tenant_id is not null)),
    constraint invitation_purpose_known check (purpose in ('NEW_ACCOUNT', 'PASSWORD_RESET')),
    constraint invitation_status_known check (status in ('PENDING', 'ACCEPTED', 'REVOKED'))
);
create index invitation_tenant_idx on invitation (tenant_id, status);
-- One open invitation per address: a second one would leave two valid links for one person.
create unique index invitation_open_email_unique on invitation (lower(email)) where status = 'PENDING';

alter table invitation enable row level security;
alter table invitation force row level security;
create policy tenant_isolation on invitation
    using (portal_all_tenants() or tenant_id = portal_current_tenant())
    with check (portal_all_tenants() or tenant_id = portal_current_tenant());

grant select, insert, update on invitation to ${app_role};

alter table app_user add column deactivated_at timestamptz;
