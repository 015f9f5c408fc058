-- Each person's language and time zone (issue 15), chosen on "My account"; no row means the browser's. Applied at
-- log-in to the screens (and available to whatever writes to the person, such as e-mails).
--
-- Who may read what: the row carries the person's tenant (null for buyers and admins, whose accounts have no tenant)
-- under the usual tenant policy, like notification_preference; the service reads and changes only the current
-- person's own row.
create table person_locale (
    user_id    uuid primary key references app_user (id),
    tenant_id  uuid references tenant (id),
    -- A BCP 47 language tag the portal has translations for ("de", "zh-CN").
    language   varchar(35) not null,
    -- An IANA time zone ("Europe/Berlin").
    time_zone  varchar(64) not null,
    changed_at timestamptz not null
);

alter table person_locale enable row level security;
alter table person_locale force row level security;
create policy tenant_isolation on person_locale
    using (portal_all_tenants() or tenant_id = portal_current_tenant())
    with check (portal_all_tenants() or tenant_id = portal_current_tenant());

-- delete: a choice can be withdrawn (back to the browser's), and goes with its person.
grant select, insert, update, delete on person_locale to ${app_role};
