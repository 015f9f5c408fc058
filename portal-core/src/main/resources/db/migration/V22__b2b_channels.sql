-- Suppliers' own systems on EDI (issue 14): each supplier's B2B channel settings, the control numbers of the
-- interchanges the portal sends each partner, and the message log of every document in and out. All three are
-- tenant data under the same row-level security as the rest. Numbered 22: 21 and 23 belong to other branches.

create table b2b_channel (
    tenant_id           uuid primary key references tenant (id),
    channel             varchar(20)  not null,
    standard_version    varchar(20),
    isa_qualifier       varchar(2),
    isa_id              varchar(15),
    gs_code             varchar(15),
    transport           varchar(20)  not null,
    -- B2bDocument names, comma separated
    documents           varchar(200) not null default '',
    -- A hash (PasswordEncoder), never the password itself
    sftp_password_hash  varchar(200),
    sftp_public_key     varchar(2000),
    updated_at          timestamptz,
    version             bigint       not null default 0
);
alter table b2b_channel enable row level security;
alter table b2b_channel force row level security;
create policy tenant_isolation on b2b_channel
    using (portal_all_tenants() or tenant_id = portal_current_tenant())
    with check (portal_all_tenants() or tenant_id = portal_current_tenant());

-- The last control number used per partner and kind (INTERCHANGE = ISA13, GROUP = GS06): taken with one
-- insert-or-increment, so two nodes never hand out the same number and numbers survive restarts.
create table b2b_control_number (
    tenant_id   uuid        not null references tenant (id),
    kind        varchar(20) not null,
    last_number bigint      not null,
    primary key (tenant_id, kind)
);
alter table b2b_control_number enable row level security;
alter table b2b_control_number force row level security;
create policy tenant_isolation on b2b_control_number
    using (portal_all_tenants() or tenant_id = portal_current_tenant())
    with check (portal_all_tenants() or tenant_id = portal_current_tenant());

-- Every document in and out: its state, the partner, its control numbers, the order it touched and the raw text.
create table b2b_message (
    id                  uuid primary key,
    tenant_id           uuid         not null references tenant (id),
    direction           varchar(3)   not null,
    standard            varchar(10)  not null,
    document_type       varchar(10)  not null,
    state               varchar(20)  not null,
    partner_id          varchar(20)  not null,
    interchange_control varchar(20),
    group_control       varchar(20),
    order_id            uuid,
    order_number        varchar(100),
    file_name           varchar(255),
    detail              text,
    raw                 text         not null,
    -- The 997 that answered an inbound interchange, or the inbound interchange a 997 answers
    related_id          uuid,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null
);
create index b2b_message_recent_idx on b2b_message (created_at desc, id);
create index b2b_message_tenant_idx on b2b_message (tenant_id, created_at desc);
-- A partner's interchange control number is taken in once: a repeat is recorded as DUPLICATE and not applied.
create unique index b2b_message_inbound_once on b2b_message (tenant_id, partner_id, interchange_control)
    where direction = 'IN' and state <> 'DUPLICATE';
alter table b2b_message enable row level security;
alter table b2b_message force row level security;
create policy tenant_isolation on b2b_message
    using (portal_all_tenants() or tenant_id = portal_current_tenant())
    with check (portal_all_tenants() or tenant_id = portal_current_tenant());

grant select, insert, update on b2b_channel to ${app_role};
grant select, insert, update on b2b_control_number to ${app_role};
grant select, insert, update on b2b_message to ${app_role};
