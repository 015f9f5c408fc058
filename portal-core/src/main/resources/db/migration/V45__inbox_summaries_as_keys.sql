-- What was ordered and answered, shown in the buyer inbox, is now a key of the rules bundle with its values
-- (ExplanationText: the key, then each value after chr(30), marked by its type; a nested key with its values is
-- preceded by its length), worded per reader; until now it was English text. The summaries in the shapes the portal
-- wrote are read back here; any other text (several deliveries, a quality incident's title) shows as stored.
select set_config('app.all_tenants', 'on', true);

-- One value of each type, as ExplanationText writes it.
create or replace function pg_temp.nested(kept text) returns text language sql immutable
    as $$ select chr(30) || 'e' || length(kept) || ':' || kept $$;
create or replace function pg_temp.word(word text) returns text language sql immutable
    as $$ select chr(30) || 's' || replace(replace(replace(word, chr(27), chr(27) || chr(27)), chr(30), chr(27) || '-'),
                                           chr(29), chr(27) || '+') $$;
create or replace function pg_temp.quantity(amount text, unit text) returns text language sql immutable
    as $$ select case when unit is null then 'inbox.quantity.noUnit' || chr(30) || 'n' || amount
                      else 'inbox.quantity' || chr(30) || 'n' || amount || pg_temp.word(unit) end $$;
-- A price in its currency, per a price unit other than 1 when it has one.
create or replace function pg_temp.price(amount text, currency text, price_unit text, unit text) returns text language sql immutable
    as $$ select case when price_unit is null then 'summary.price' || chr(30) || 'n' || amount || pg_temp.word(currency)
                      else 'summary.price.perPriceUnit' || chr(30) || 'n' || amount || pg_temp.word(currency)
                               || pg_temp.nested(pg_temp.quantity(price_unit, unit)) end $$;

-- "40 pcs on 2026-12-15 at 9.5 EUR[ per 100 pcs]": what was ordered, or one delivery the supplier proposed.
create or replace function pg_temp.delivery_at_price(summary text) returns text[] language sql immutable
    as $$ select regexp_match(summary, '^(-?[0-9]+(?:\.[0-9]+)?) (\S+) on (\d{4}-\d\d-\d\d) at (-?[0-9]+(?:\.[0-9]+)?) (\S+)'
                                        || '(?: per ([0-9]+(?:\.[0-9]+)?) (\S+))?$') $$;

update buyer_exception e set ordered_summary = 'summary.ordered' || pg_temp.nested(pg_temp.quantity(p.m[1], p.m[2]))
        || chr(30) || 'd' || p.m[3] || pg_temp.nested(pg_temp.price(p.m[4], p.m[5], p.m[6], p.m[7]))
from (select id, pg_temp.delivery_at_price(ordered_summary) as m from buyer_exception
      where type in ('OUTSIDE_TOLERANCE', 'SUPPLIER_REJECTED_LINE', 'COUNTER_REJECTED')) p
where e.id = p.id and p.m is not null;

update buyer_exception e set proposed_summary = 'summary.proposed'
        || pg_temp.nested('summary.delivery' || pg_temp.nested(pg_temp.quantity(p.m[1], p.m[2])) || chr(30) || 'd' || p.m[3])
        || pg_temp.nested(pg_temp.price(p.m[4], p.m[5], p.m[6], p.m[7]))
from (select id, pg_temp.delivery_at_price(proposed_summary) as m from buyer_exception
      where type in ('OUTSIDE_TOLERANCE', 'SUPPLIER_REJECTED_LINE', 'COUNTER_REJECTED')) p
where e.id = p.id and p.m is not null;

update buyer_exception set proposed_summary = case
        when proposed_summary = 'Accepted as ordered' then 'summary.accepted'
        when proposed_summary like 'Rejected: %' then 'summary.rejected' || pg_temp.word(substr(proposed_summary, 11))
        else 'summary.counterRejected' || pg_temp.word(substr(proposed_summary, 28)) end
where type in ('OUTSIDE_TOLERANCE', 'SUPPLIER_REJECTED_LINE', 'COUNTER_REJECTED')
  and (proposed_summary = 'Accepted as ordered' or proposed_summary like 'Rejected: %'
       or proposed_summary like 'Counter-proposal rejected: %');

-- The shipment's and the invoice's summaries.
update buyer_exception e set ordered_summary = 'summary.shippedOnAsn' || pg_temp.word(p.m[1])
        || pg_temp.nested(pg_temp.quantity(p.m[2], p.m[3]))
from (select id, regexp_match(ordered_summary, '^Shipped on ASN (.+): (-?[0-9]+(?:\.[0-9]+)?)(?: (\S+))?$') as m
      from buyer_exception where type = 'RECEIPT_DIFFERS_FROM_ASN') p
where e.id = p.id and p.m is not null;

update buyer_exception e set ordered_summary = 'summary.asnExpected' || pg_temp.word(p.m[1]) || chr(30) || 'd' || p.m[2]
from (select id, regexp_match(ordered_summary, '^ASN (.+), expected (\d{4}-\d\d-\d\d)$') as m
      from buyer_exception where type = 'ASN_NOT_RECEIVED') p
where e.id = p.id and p.m is not null;

update buyer_exception e set ordered_summary = 'summary.committed' || pg_temp.nested(pg_temp.quantity(p.m[1], p.m[2]))
        || chr(30) || 'd' || p.m[3]
from (select id, regexp_match(ordered_summary, '^Committed (-?[0-9]+(?:\.[0-9]+)?)(?: (\S+))? by (\d{4}-\d\d-\d\d)$') as m
      from buyer_exception where type = 'SHIPMENT_OVERDUE') p
where e.id = p.id and p.m is not null;

update buyer_exception e set ordered_summary = case when p.m[2] is null
            then 'summary.invoiced.noCurrency' || chr(30) || 'n' || p.m[1]
            else 'summary.invoiced' || chr(30) || 'n' || p.m[1] || pg_temp.word(p.m[2]) end
from (select id, regexp_match(ordered_summary, '^Invoiced (-?[0-9]+(?:\.[0-9]+)?)(?: (\S+))?$') as m
      from buyer_exception where type = 'INVOICE_BLOCKED') p
where e.id = p.id and p.m is not null;
