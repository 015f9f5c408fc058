-- Quality incidents against a supplier (a nonconformity: part, order, ASN, lot, quantity, defect, severity) and the
-- supplier's answer in steps (containment, root cause, corrective action, preventive action), each accepted or
-- returned by the buyer; files attached to the incident or to one of its steps.

create sequence quality_incident_number_seq;

create table quality_incident (
    id                 uuid primary key,
    tenant_id          uuid           not null references tenant (id),
    number             varchar(20)    not null,
    status             varchar(20)    not null,
    severity           varchar(20)    not null,
    source             varchar(20)    not null,
    title              varchar(200)   not null,
    defect             varchar(4000)  not null,
    part_number        varchar(100),
    order_id           uuid references purchase_order (id) deferrable initially deferred,
    order_number       varchar(50),
    order_line_number  integer,
    asn_number         varchar(30),
    lot                varchar(100),
    quantity_affected  numeric(18, 4),
    unit               varchar(20),
    opened_by          varchar(200)   not null,
    opened_at          timestamptz    not null,
    closed_at          timestamptz,
    version            bigint         not null default 0,
    constraint quality_incident_number_unique unique (number),
    constraint quality_incident_status_known check (status in ('OPEN', 'CLOSED')),
    constraint quality_incident_severity_known check (severity in ('CRITICAL', 'MAJOR', 'MINOR')),
    constraint quality_incident_quantity_positive check (quantity_affected is null or quantity_affected > 0)
);
create index quality_incident_list_idx on quality_incident (opened_at desc, id);
create index quality_incident_order_idx on quality_incident (order_id);

create table quality_step (
    id                 uuid primary key,
    incident_id        uuid           not null references quality_incident (id) deferrable initially deferred,
    tenant_id          uuid           not null references tenant (id),
    kind               varchar(30)    not null,
    status             varchar(20)    not null,
    due_at             timestamptz    not null,
    response           varchar(8000),
    responded_by       varchar(200),
    responded_at       timestamptz,
    review_comment     varchar(2000),
    reviewed_by        varchar(200),
    reviewed_at        timestamptz,
    -- How many times the supplier has answered (a returned step is answered again).
    rounds             integer        not null default 0,
    overdue_raised_at  timestamptz,
    constraint quality_step_unique unique (incident_id, kind) deferrable initially deferred,
    constraint quality_step_status_known check (status in ('OPEN', 'SUBMITTED', 'RETURNED', 'ACCEPTED'))
);
create index quality_step_due_idx on quality_step (due_at) where status in ('OPEN', 'RETURNED');

create table quality_attachment (
    id             uuid primary key,
    incident_id    uuid          not null references quality_incident (id) deferrable initially deferred,
    tenant_id      uuid          not null references tenant (id),
    step_kind      varchar(30),
    file_name      varchar(255)  not null,
    content_type   varchar(100)  not null,
    size_bytes     bigint        not null,
    content        bytea         not null,
    uploaded_by    varchar(200)  not null,
    uploaded_at    timestamptz   not null
);
create index quality_attachment_incident_idx on quality_attachment (incident_id);

do $$
declare
    t text;
begin
    foreach t in array array['quality_incident', 'quality_step', 'quality_attachment'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (portal_all_tenants() or tenant_id = portal_current_tenant())'
                       ' with check (portal_all_tenants() or tenant_id = portal_current_tenant())', t);
    end loop;
end $$;

grant select, insert, update, delete on quality_incident, quality_step, quality_attachment to ${app_role};
grant usage on sequence quality_incident_number_seq to ${app_role};

-- Exceptions about things other than an order line (a quality step, an invoice) name that thing and where to open
-- it; their order is optional.
alter table buyer_exception alter column order_id drop not null;
alter table buyer_exception alter column order_number drop not null;
alter table buyer_exception alter column order_revision drop not null;
alter table buyer_exception add column subject varchar(200);
alter table buyer_exception add column subject_link varchar(200);
create index buyer_exception_subject_idx on buyer_exception (subject_link) where subject_link is not null;
