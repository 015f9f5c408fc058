-- Notifications (issue 15): what happened that a person should act on, their choice of how to hear of it, and the
-- e-mails waiting to go out. Numbered 23 to stay clear of the migrations other branches add meanwhile.
--
-- Who may read what: every table carries the RECIPIENT's tenant (null for buyers and admins, whose accounts have no
-- tenant) under the usual tenant policy, so a supplier's session never sees another supplier's rows, and rows of
-- buyers and admins are visible only across tenants. Within what the policy lets through, the notification
-- service reads and changes only the current person's own rows (recipient_id / user_id = the person); the system
-- (event listeners, the mail sender, the digest) works across tenants.

-- One notification of one person. dedup_key makes a redelivered event (the publication registry resubmits) add
-- nothing: the same thing is told to the same person once.
create table notification (
    id             uuid primary key,
    recipient_id   uuid         not null references app_user (id),
    tenant_id      uuid references tenant (id),
    type           varchar(40)  not null,
    dedup_key      varchar(200) not null,
    -- The texts' arguments (PO number, line, supplier, ...), as a JSON array of strings: the text itself comes from
    -- the translation bundle at display time, in the reader's language.
    arguments      text         not null,
    -- The portal route that acts on it ("orders/<id>"), without the host.
    link           varchar(500) not null,
    created_at     timestamptz  not null,
    read_at        timestamptz,
    -- Waiting for the person's daily digest e-mail.
    digest_pending boolean      not null default false,
    unique (recipient_id, dedup_key)
);
create index notification_recipient_idx on notification (recipient_id, created_at desc);
create index notification_unread_idx on notification (recipient_id) where read_at is null;
create index notification_digest_idx on notification (recipient_id) where digest_pending;

alter table notification enable row level security;
alter table notification force row level security;
create policy tenant_isolation on notification
    using (portal_all_tenants() or tenant_id = portal_current_tenant())
    with check (portal_all_tenants() or tenant_id = portal_current_tenant());

-- A person's choice per type; no row means the type's default.
create table notification_preference (
    user_id    uuid        not null references app_user (id),
    tenant_id  uuid references tenant (id),
    type       varchar(40) not null,
    delivery   varchar(20) not null,
    changed_at timestamptz not null,
    primary key (user_id, type)
);

alter table notification_preference enable row level security;
alter table notification_preference force row level security;
create policy tenant_isolation on notification_preference
    using (portal_all_tenants() or tenant_id = portal_current_tenant())
    with check (portal_all_tenants() or tenant_id = portal_current_tenant());

-- The outbox of notification e-mails: written in the transaction that made the notification (or the digest), sent
-- by one node at a time per row (claimed with "for update skip locked" and a lease, like erp_outbound_message),
-- retried with a growing pause while the mail server is away, never deleted before it went out.
create table notification_mail (
    id              uuid primary key,
    recipient_id    uuid          not null references app_user (id),
    tenant_id       uuid references tenant (id),
    email           varchar(320)  not null,
    subject         varchar(500)  not null,
    body            text          not null,
    unsubscribe_url varchar(1000),
    status          varchar(20)   not null,
    attempts        integer       not null default 0,
    last_error      varchar(2000),
    next_attempt_at timestamptz   not null,
    claimed_by      varchar(255),
    claimed_until   timestamptz,
    created_at      timestamptz   not null,
    sent_at         timestamptz
);
create index notification_mail_due_idx on notification_mail (next_attempt_at) where status = 'PENDING';

alter table notification_mail enable row level security;
alter table notification_mail force row level security;
create policy tenant_isolation on notification_mail
    using (portal_all_tenants() or tenant_id = portal_current_tenant())
    with check (portal_all_tenants() or tenant_id = portal_current_tenant());

-- The key unsubscribe links are signed with (HMAC-SHA256), made once by the first node that needs it and then the
-- same on every node and after restarts. Not tenant data: read by the system only.
create table notification_signing_key (
    id         integer primary key check (id = 1),
    secret     varchar(200) not null,
    created_at timestamptz  not null default now()
);
alter table notification_signing_key enable row level security;
alter table notification_signing_key force row level security;
create policy system_only on notification_signing_key
    using (portal_all_tenants())
    with check (portal_all_tenants());

grant select, insert, update on notification, notification_preference, notification_mail to ${app_role};
grant select, insert on notification_signing_key to ${app_role};
