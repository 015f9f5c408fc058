-- Issue 14 review: the X12 and the EDIFACT order senders became one EdiOrderSender (b2b.outbound). Spring Modulith
-- hands an incomplete event publication only to the listener whose id it was stored with, and skips it for good when
-- that listener is gone ("Listener ... not found"): an order event the old senders had not handled yet (a restart, a
-- failure) would never reach the supplier. Their open publications go to the new sender, whose method is the same
-- on(...) with the same event.
update event_publication
set listener_id = replace(replace(listener_id,
        'org.supplierportal.b2b.x12.X12OrderSender.', 'org.supplierportal.b2b.outbound.EdiOrderSender.'),
        'org.supplierportal.b2b.edifact.EdifactOrderSender.', 'org.supplierportal.b2b.outbound.EdiOrderSender.')
where completion_date is null
  and (listener_id like 'org.supplierportal.b2b.x12.X12OrderSender.%'
       or listener_id like 'org.supplierportal.b2b.edifact.EdifactOrderSender.%');

-- Both old senders had a publication of every order event (each skipped partners of the other standard); the new
-- sender picks the standard itself, so one publication per event is kept, or the partner would get the order twice.
delete from event_publication p
using event_publication q
where p.completion_date is null and q.completion_date is null
  and p.listener_id like 'org.supplierportal.b2b.outbound.EdiOrderSender.%'
  and p.listener_id = q.listener_id and p.event_type = q.event_type and p.serialized_event = q.serialized_event
  and p.id > q.id;
