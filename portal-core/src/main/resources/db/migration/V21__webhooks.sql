-- Webhooks (issue 13): an API client's subscriptions to the business events, and the deliveries waiting for or made
-- to their URLs. Both tables carry the client's tenant (null for a buyer-side client), under the same row-level
-- security as the API clients themselves: a supplier sees only its own; a buyer-side subscription only cross-tenant
-- work sees.

create table webhook_subscription (
    id            uuid primary key,
    tenant_id     uuid references tenant (id),
    api_client_id uuid          not null references api_client (id),
    url           varchar(2000) not null,
    -- The business event types it wants, by their wire names (as in /asyncapi.yaml), space separated.
    event_types   varchar(1000) not null,
    -- The Standard Webhooks signing secret ("whsec_" + base64). Kept as it is, not hashed: every delivery is signed
    -- with it. Shown once, at creation.
    secret        varchar(100)  not null,
    status        varchar(20)   not null check (status in ('ACTIVE', 'PAUSED')),
    created_at    timestamptz   not null,
    created_by    varchar(200)  not null
);
create index webhook_subscription_client_idx on webhook_subscription (api_client_id);
create index webhook_subscription_tenant_idx on webhook_subscription (tenant_id, status);

-- One row per event and subscription: the outbox the sender works through. The body is kept as first written, so
-- every attempt and every replay sends the same bytes under the same webhook-id (the row's id).
create table webhook_delivery (
    id              uuid primary key,
    tenant_id       uuid references tenant (id),
    subscription_id uuid          not null references webhook_subscription (id) on delete cascade,
    event_id        uuid          not null,
    event_type      varchar(100)  not null,
    -- The supplier whose event it is (a buyer-side subscription receives every supplier's).
    supplier_key    varchar(100)  not null,
    payload         text          not null,
    status          varchar(20)   not null check (status in ('PENDING', 'DELIVERED', 'DEAD')),
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    last_attempt_at timestamptz,
    last_status     integer,
    last_error      varchar(500),
    delivered_at    timestamptz,
    claimed_by      varchar(255),
    claimed_until   timestamptz,
    created_at      timestamptz   not null,
    unique (subscription_id, event_id)
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_log_idx on webhook_delivery (tenant_id, created_at desc);

alter table webhook_subscription enable row level security;
alter table webhook_subscription force row level security;
create policy tenant_isolation on webhook_subscription
    using (portal_all_tenants() or tenant_id = portal_current_tenant())
    with check (portal_all_tenants() or tenant_id = portal_current_tenant());

alter table webhook_delivery enable row level security;
alter table webhook_delivery force row level security;
create policy tenant_isolation on webhook_delivery
    using (portal_all_tenants() or tenant_id = portal_current_tenant())
    with check (portal_all_tenants() or tenant_id = portal_current_tenant());

grant select, insert, update, delete on webhook_subscription to ${app_role};
grant select, insert, update, delete on webhook_delivery to ${app_role};
