-- A receipt that differs from its ASN beyond the tolerance is now a reason kind with its quantities and limit
-- (ReasonKind.RECEIPT_DIFFERS_FROM_ASN), worded per reader; until now it was English text. The rows V42 kept as text
-- are read back here, in either wording the portal used (short or over, with or without a unit).
select set_config('app.all_tenants', 'on', true);

update buyer_exception e set reason_kind = 'RECEIPT_DIFFERS_FROM_ASN',
        reason_values = array[p.m[1], p.m[3], coalesce(p.m[2], ''), p.m[4]]
from (select id, coalesce(
          regexp_match(reason_values[1], '^Received (-?[0-9.]+)(?: (\S+))? of the (-?[0-9.]+)(?: \S+)? the ASN shipped:'
              || ' [0-9.]+(?: \S+)? short \([0-9.]+ %; the limit is ([0-9.]+) % under\)$'),
          regexp_match(reason_values[1], '^Received (-?[0-9.]+)(?: (\S+))?, more than the (-?[0-9.]+)(?: \S+)? the ASN shipped:'
              || ' [0-9.]+(?: \S+)? over \([0-9.]+ %; the limit is ([0-9.]+) % over\)$')) as m
      from buyer_exception where type = 'RECEIPT_DIFFERS_FROM_ASN' and reason_kind = 'TEXT') p
where e.id = p.id and p.m is not null;
