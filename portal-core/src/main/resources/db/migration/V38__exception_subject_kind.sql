-- What an exception about something other than an order line is about, as a kind and its values instead of English
-- words, so that every reader gets it in their own language (ExceptionSubject, SubjectKind).
alter table buyer_exception add column subject_kind varchar(20);
alter table buyer_exception add column subject_values text[];

-- The rows are every supplier's: the migration reads and writes them all (the policy is forced on the owner too).
select set_config('app.all_tenants', 'on', true);

-- The subjects as they were worded until now: "Quality incident QI-000012: containment", "Invoice 4711".
update buyer_exception e
set subject_kind = 'QUALITY_STEP', subject_values = array[parsed.m[1], upper(replace(parsed.m[2], ' ', '_'))]
from (select id, regexp_match(subject, '^Quality incident (.+): (containment|root cause|corrective action|preventive action)$') as m
      from buyer_exception where type = 'QUALITY_STEP_OVERDUE' and subject is not null) parsed
where e.id = parsed.id and parsed.m is not null;

update buyer_exception e
set subject_kind = 'INVOICE', subject_values = array[parsed.m[1]]
from (select id, regexp_match(subject, '^Invoice (.+)$') as m
      from buyer_exception where type = 'INVOICE_BLOCKED' and subject is not null) parsed
where e.id = parsed.id and parsed.m is not null;

-- Anything else keeps its English text, shown as it was.
update buyer_exception set subject_kind = 'TEXT', subject_values = array[subject]
where subject is not null and subject_kind is null;

alter table buyer_exception drop column subject;
-- A kind always comes with its values (how many each kind has is SubjectKind's to say).
alter table buyer_exception add constraint buyer_exception_subject_check check ((subject_kind is null) = (subject_values is null));
