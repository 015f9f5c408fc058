-- Reminders before a deadline (issue 15): "your acknowledgment is due within 24 hours", "your quality step is due
-- soon". One row per thing and deadline a reminder went out for: the primary key is what makes a reminder go out
-- once per order (or step) and deadline, even if two nodes ran the check at the same moment; a new deadline (a
-- revision with another due time, a step given more time) is a new reminder. Numbered 27 to stay clear of other
-- branches.
create table deadline_reminder (
    kind       varchar(40) not null,
    subject_id uuid        not null,
    due_at     timestamptz not null,
    tenant_id  uuid        not null references tenant (id),
    raised_at  timestamptz not null,
    primary key (kind, subject_id, due_at)
);

alter table deadline_reminder enable row level security;
alter table deadline_reminder force row level security;
create policy tenant_isolation on deadline_reminder
    using (portal_all_tenants() or tenant_id = portal_current_tenant())
    with check (portal_all_tenants() or tenant_id = portal_current_tenant());

grant select, insert on deadline_reminder to ${app_role};
