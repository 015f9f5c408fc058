-- API clients (systems calling the REST API with OAuth2 client credentials), the keys their tokens are signed with,
-- and the idempotency keys of the API's POST requests. Numbered 20 to stay clear of the migrations other branches
-- add meanwhile; Flyway accepts the gap.

create table api_client (
    id           uuid primary key,
    -- The supplier the client acts for; null for a client of the buyer side (the manufacturer's own systems).
    tenant_id    uuid references tenant (id),
    name         varchar(100) not null,
    -- The scopes it may ask for, by their wire names, space separated ("orders:read asns:write").
    scopes       varchar(500) not null,
    -- {sha256}<hex> of the 32 random bytes shown once at creation; never the secret itself.
    secret_hash  varchar(100) not null,
    expires_at   timestamptz  not null,
    created_at   timestamptz  not null,
    created_by   varchar(200) not null,
    revoked_at   timestamptz,
    revoked_by   varchar(200),
    last_used_at timestamptz,
    version      bigint       not null default 0
);
create index api_client_tenant_idx on api_client (tenant_id, created_at);

-- A buyer-side client (no tenant) is visible only across tenants, as buyers' and admins' accounts are.
alter table api_client enable row level security;
alter table api_client force row level security;
create policy tenant_isolation on api_client
    using (portal_all_tenants() or tenant_id = portal_current_tenant())
    with check (portal_all_tenants() or tenant_id = portal_current_tenant());

-- The RSA keys API tokens are signed with, as JSON Web Keys, newest first. Every node and every restart signs and
-- verifies with the same keys. Not tenant data: read by the system only.
create table api_signing_key (
    kid        varchar(100) primary key,
    jwk        text         not null,
    created_at timestamptz  not null default now()
);
alter table api_signing_key enable row level security;
alter table api_signing_key force row level security;
create policy system_only on api_signing_key
    using (portal_all_tenants())
    with check (portal_all_tenants());

-- POST requests already done, by the caller's Idempotency-Key: the same key again answers with the first result
-- instead of doing the work twice. caller_id is the API client or the person; the request's fingerprint tells a
-- repeat from a different request under a reused key.
create table api_idempotency_key (
    tenant_id         uuid references tenant (id),
    caller_id         uuid         not null,
    idempotency_key   varchar(100) not null,
    operation         varchar(100) not null,
    request_hash      varchar(64)  not null,
    -- What the first request made or changed (an ASN's id, an incident's id), to answer the repeat with it; set in
    -- the transaction that claimed the key, so a committed row always has them.
    response_status   integer,
    response_ref      varchar(100),
    created_at        timestamptz  not null,
    primary key (caller_id, idempotency_key)
);
create index api_idempotency_key_age_idx on api_idempotency_key (created_at);

alter table api_idempotency_key enable row level security;
alter table api_idempotency_key force row level security;
create policy tenant_isolation on api_idempotency_key
    using (portal_all_tenants() or tenant_id = portal_current_tenant())
    with check (portal_all_tenants() or tenant_id = portal_current_tenant());

grant select, insert, update on api_client to ${app_role};
grant select, insert on api_signing_key to ${app_role};
grant select, insert, update, delete on api_idempotency_key to ${app_role};
