-- The note under an order line is now sentences, each a key of the rules bundle with its values (LineNote), worded
-- per reader; until now it was English text. The fixed wordings the portal wrote are read back here into their keys:
-- a sentence is the key, then each value after U+001E ('i' a whole number, 's' a text, as ExplanationText keeps
-- them), sentences apart by U+001D. What the portal no longer words (the tolerance reasons of "Waiting for the buyer",
-- the values of a counter-proposal) stays English inside its sentence (order.note.text); anything else is kept whole
-- as that one sentence. The column is now text: a note carries the buyer's or supplier's own words besides its keys.
select set_config('app.all_tenants', 'on', true);

-- A text value as ExplanationText keeps it: 's', then the words with ESC, U+001E and U+001D escaped (ESC ESC, ESC '-',
-- ESC '+'), so that someone's own words cannot break the note.
create or replace function pg_temp.note_word(word text) returns text language sql immutable
    as $$ select 's' || replace(replace(replace(word, chr(27), chr(27) || chr(27)), chr(30), chr(27) || '-'),
                                chr(29), chr(27) || '+') $$;

alter table purchase_order_line alter column status_note type text;

update purchase_order_line l set status_note = coalesce(
    (select 'order.note.adopted' || chr(30) || 'i' || m[1]
     from regexp_match(l.status_note, '^The ERP took over the agreed values in revision ([0-9]+)\.$') m),
    (select 'order.note.changed' || chr(30) || 'i' || m[1]
     from regexp_match(l.status_note, '^Changed in revision ([0-9]+): please answer again\.$') m),
    (select 'order.note.removed' || chr(30) || 'i' || m[1]
     from regexp_match(l.status_note, '^Removed from the order in revision ([0-9]+)\.$') m),
    case l.status_note
        when 'Confirmed by the supplier, within tolerance.' then 'order.note.committed.WITHIN_TOLERANCE'
        when 'Supplier''s proposal approved by the buyer.' then 'order.note.committed.BUYER_APPROVED'
        when 'Buyer''s counter-proposal accepted by the supplier.' then 'order.note.committed.COUNTER_ACCEPTED'
        when 'The buyer agreed to your rejection. The line will not be delivered.' then 'order.note.rejectionAgreed'
    end,
    (select 'order.note.rejectionAgreed' || chr(29) || 'order.note.buyerNote' || chr(30) || pg_temp.note_word(m[1])
     from regexp_match(l.status_note, '^The buyer agreed to your rejection \((.+)\)\. The line will not be delivered\.$') m),
    (select 'order.note.answerRejected' || chr(30) || pg_temp.note_word(m[1])
     from regexp_match(l.status_note, '^The buyer rejected your answer: (.+)\. Please answer this line again\.$') m),
    (select 'order.note.counterRejected' || chr(30) || pg_temp.note_word(m[1])
     from regexp_match(l.status_note, '^You rejected the buyer''s counter-proposal: (.+)\. Waiting for the buyer\.$') m),
    (select 'order.note.waitingForBuyer' || chr(29) || 'order.note.text' || chr(30) || pg_temp.note_word(m[1])
     from regexp_match(l.status_note, '^Waiting for the buyer: (.+)$') m),
    (select 'order.note.counter' || chr(29) || 'order.note.text' || chr(30) || pg_temp.note_word(m[1]) || chr(29)
                || 'order.note.counter.answer'
     from regexp_match(l.status_note, '^The buyer proposes (.+\.) Accept or reject the counter-proposal\.$') m),
    'order.note.text' || chr(30) || pg_temp.note_word(l.status_note))
where l.status_note is not null and l.status_note <> '' and position(chr(30) in l.status_note) = 0
  and l.status_note !~ '^order\.note\.[A-Za-z_.]+$';
