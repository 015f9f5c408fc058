-- Why an exception is in the inbox, and how one resolved itself, as a kind and its values instead of English words,
-- so that every reader gets them in their own language (ExceptionReason, ReasonKind). A buyer's own note stays text.
alter table buyer_exception add column reason_kind varchar(40);
alter table buyer_exception add column reason_values text[];
alter table buyer_exception add column resolution_kind varchar(40);
alter table buyer_exception add column resolution_values text[];

-- The rows are every supplier's: the migration reads and writes them all (the policy is forced on the owner too).
select set_config('app.all_tenants', 'on', true);

-- The reasons as the portal worded them until now.
update buyer_exception e set reason_kind = 'ACKNOWLEDGMENT_OVERDUE', reason_values = array[p.m[1], p.m[2]]
from (select id, regexp_match(rule, '^The acknowledgment of revision (\d+) was due (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)\.$') as m
      from buyer_exception where type = 'ACKNOWLEDGMENT_OVERDUE') p
where e.id = p.id and p.m is not null;

update buyer_exception e set reason_kind = 'QUALITY_STEP_OVERDUE', reason_values = array[p.m[2],
        upper(replace(p.m[1], ' ', '_')),
        to_char(make_timestamp(p.m[5]::int, array_position(array['January', 'February', 'March', 'April', 'May', 'June',
                'July', 'August', 'September', 'October', 'November', 'December'], p.m[4]), p.m[3]::int, p.m[6]::int,
                p.m[7]::int, 0), 'YYYY-MM-DD"T"HH24:MI:SS"Z"')]
from (select id, regexp_match(rule, '^The (containment|root cause|corrective action|preventive action) of (.+) was due'
          || ' (\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4}),'
          || ' (\d\d):(\d\d) UTC and the supplier has not answered it\. Remind the supplier\.$') as m
      from buyer_exception where type = 'QUALITY_STEP_OVERDUE') p
where e.id = p.id and p.m is not null;

update buyer_exception e set reason_kind = 'INVOICE_BLOCKED', reason_values = array[p.m[1]]
from (select id, regexp_match(rule, '^(.*) Clear the variance with the supplier \(credit note, corrected invoice\) or release it\.$') as m
      from buyer_exception where type = 'INVOICE_BLOCKED') p
where e.id = p.id and p.m is not null;

update buyer_exception e set reason_kind = 'RECEIPT_WITHOUT_ASN', reason_values = array[p.m[1], coalesce(p.m[2], ''), coalesce(p.m[3], '')]
from (select id, coalesce(
          regexp_match(rule, '^Received (-?[0-9.]+)(?: (\S+))? under the reference (.+), which no ASN of the supplier names\. Ask the supplier to send ASNs\.$'),
          regexp_match(rule, '^Received (-?[0-9.]+)(?: (\S+))?() without a shipment reference, which no ASN of the supplier names\. Ask the supplier to send ASNs\.$')) as m
      from buyer_exception where type = 'RECEIPT_WITHOUT_ASN') p
where e.id = p.id and p.m is not null;

update buyer_exception e set reason_kind = 'ASN_NOT_RECEIVED', reason_values = array[p.m[1], p.m[2], p.m[3], p.m[4]]
from (select id, regexp_match(rule, '^The goods of ASN (.+) \(PO (.+)\) were expected on (\d{4}-\d\d-\d\d) and have not been received (\d+) days later\. Check with the carrier or the supplier\.$') as m
      from buyer_exception where type = 'ASN_NOT_RECEIVED') p
where e.id = p.id and p.m is not null;

update buyer_exception e set reason_kind = 'SHIPMENT_OVERDUE', reason_values = array[p.m[1]]
from (select id, regexp_match(rule, '^The supplier committed this line for (\d{4}-\d\d-\d\d) and has shipped nothing of it \(no ASN, nothing received\)\.$') as m
      from buyer_exception where type = 'SHIPMENT_OVERDUE') p
where e.id = p.id and p.m is not null;

update buyer_exception set reason_kind = 'COUNTER_REJECTED', reason_values = '{}'
where type = 'COUNTER_REJECTED' and rule = 'The supplier rejected the buyer''s counter-proposal.';

-- Anything else (the tolerance rules' sentences among them) keeps its English text, shown as it was.
update buyer_exception set reason_kind = 'TEXT', reason_values = array[rule] where reason_kind is null;

-- How exceptions resolved themselves, as the portal worded it until now; a buyer's note is not touched.
update buyer_exception e set resolution_kind = p.kind, resolution_values = p.vals
from (select id, case
          when decision_note ~ '^The supplier acknowledged revision \d+\.$' then 'ACKNOWLEDGED'
          when decision_note ~ '^Superseded: the order changed in revision \d+\.$' then 'SUPERSEDED'
          when decision_note ~ '^The supplier answered the (containment|root cause|corrective action|preventive action)\.$' then 'STEP_ANSWERED'
          when decision_note ~ '^The invoice is now (received|in matching|blocked|approved for payment|paid|cancelled)\.$' then 'INVOICE_MOVED_ON'
          else 'TEXT' end as kind,
        case
          when decision_note ~ '^The supplier acknowledged revision \d+\.$'
              then array[(regexp_match(decision_note, '(\d+)\.$'))[1]]
          when decision_note ~ '^Superseded: the order changed in revision \d+\.$'
              then array[(regexp_match(decision_note, '(\d+)\.$'))[1]]
          when decision_note ~ '^The supplier answered the (containment|root cause|corrective action|preventive action)\.$'
              then array[upper(replace((regexp_match(decision_note, '^The supplier answered the (.+)\.$'))[1], ' ', '_'))]
          when decision_note ~ '^The invoice is now (received|in matching|blocked|approved for payment|paid|cancelled)\.$'
              then array[case (regexp_match(decision_note, '^The invoice is now (.+)\.$'))[1]
                  when 'approved for payment' then 'APPROVED' when 'in matching' then 'IN_MATCHING'
                  else upper((regexp_match(decision_note, '^The invoice is now (.+)\.$'))[1]) end]
          else array[decision_note] end as vals
      from buyer_exception where status = 'RESOLVED' and decided_by = 'System' and decision_note is not null) p
where e.id = p.id;
update buyer_exception set decision_note = null where resolution_kind is not null;

-- The updates above leave the deferrable foreign keys' checks pending, and a table with pending checks cannot be altered.
set constraints all immediate;
alter table buyer_exception drop column rule;
alter table buyer_exception alter column reason_kind set not null;
alter table buyer_exception alter column reason_values set not null;
-- A resolution's kind always comes with its values (how many each kind has is ReasonKind's to say).
alter table buyer_exception add constraint buyer_exception_resolution_check check ((resolution_kind is null) = (resolution_values is null));
