-- The order History entries written before V46 get their sentences (audit_entry.summary_sentences, ExplanationText:
-- a key of the rules bundle, then each value after chr(30) marked by its type, sentences between chr(29)), read back
-- from their English where the portal wrote them in a known shape: an order received or changed in the ERP, an
-- acknowledgment, goods received, a buyer's decision. Others (lines confirmed, line notes, exceptions raised) keep
-- showing as written. The English summary itself is the trail's record and stays as it is.
select set_config('app.all_tenants', 'on', true);

create or replace function pg_temp.audit_word(word text) returns text language sql immutable
    as $$ select chr(30) || 's' || replace(replace(replace(word, chr(27), chr(27) || chr(27)), chr(30), chr(27) || '-'),
                                           chr(29), chr(27) || '+') $$;
create or replace function pg_temp.audit_nested(kept text) returns text language sql immutable
    as $$ select chr(30) || 'e' || length(kept) || ':' || kept $$;

update audit_entry e set summary_sentences = 'audit.orderReceived' || pg_temp.audit_word(p.m[1]) || pg_temp.audit_word(p.m[2])
from (select id, regexp_match(summary, '^PO (\S+) received from (\S+)$') as m
      from audit_entry where subject_type = 'PurchaseOrder' and action = 'ORDER_RECEIVED' and summary_sentences is null) p
where e.id = p.id and p.m is not null;

update audit_entry e set summary_sentences = 'audit.orderRevised' || pg_temp.audit_word(p.m[1])
        || chr(30) || 'i' || p.m[2] || chr(30) || 'i' || p.m[3]
from (select id, regexp_match(summary, '^PO (\S+) changed in the ERP: revision (\d{1,9}), (\d{1,9}) changes?$') as m
      from audit_entry where subject_type = 'PurchaseOrder' and action = 'ORDER_REVISED' and summary_sentences is null) p
where e.id = p.id and p.m is not null;

update audit_entry e set summary_sentences = 'audit.acknowledged'
        || chr(30) || 'i' || p.m[1] || chr(30) || 'i' || p.m[2] || chr(30) || 'i' || p.m[3]
from (select id, regexp_match(summary, '^Revision (\d{1,9}) acknowledged: (\d{1,9}) confirmed, (\d{1,9}) to the buyer$') as m
      from audit_entry where subject_type = 'PurchaseOrder' and action = 'ACKNOWLEDGMENT_SUBMITTED'
        and summary_sentences is null) p
where e.id = p.id and p.m is not null;

-- "PO 4500012 line 10: 80 received (shipment IN/0042)": the unit was not written, so the quantity goes without one.
update audit_entry e set summary_sentences = case when p.m[4] is null
            then 'audit.goodsReceived.noReference' || pg_temp.audit_word(p.m[1]) || chr(30) || 'i' || p.m[2]
                     || pg_temp.audit_nested('inbox.quantity.noUnit' || chr(30) || 'n' || p.m[3])
            else 'audit.goodsReceived' || pg_temp.audit_word(p.m[1]) || chr(30) || 'i' || p.m[2]
                     || pg_temp.audit_nested('inbox.quantity.noUnit' || chr(30) || 'n' || p.m[3]) || pg_temp.audit_word(p.m[4]) end
from (select id, regexp_match(summary, '^PO (\S+) line (\d{1,9}): (-?[0-9]+(?:\.[0-9]+)?) received(?: \(shipment (.+)\))?$') as m
      from audit_entry where subject_type = 'PurchaseOrder' and action = 'GOODS_RECEIVED' and summary_sentences is null) p
where e.id = p.id and p.m is not null;

-- "Buyer approved the exception on PO 4500012 line 20: Schade": the decision, then the buyer's note as its sentence.
update audit_entry e set summary_sentences = 'audit.exceptionDecided.' || substr(e.action, 11)
        || case when p.m[2] is null then '' else '.line' end || pg_temp.audit_word(p.m[1])
        || case when p.m[2] is null then '' else chr(30) || 'i' || p.m[2] end
        || case when p.m[3] is null then '' else chr(29) || 'order.note.buyerNote' || pg_temp.audit_word(p.m[3]) end
from (select id, regexp_match(summary,
              '^Buyer (?:approved|rejected|counter-proposed|closed) the exception on PO (\S+)(?: line (\d{1,9}))?(?:: (.*))?$') as m
      from audit_entry where subject_type = 'PurchaseOrder'
        and action in ('EXCEPTION_APPROVED', 'EXCEPTION_REJECTED', 'EXCEPTION_COUNTERED', 'EXCEPTION_CLOSED')
        and summary_sentences is null) p
where e.id = p.id and p.m is not null;
