-- An order change refers to the last document that went out for the order (a cXML update names the OrderRequest it
-- follows): found by order, newest first, without reading the whole message log.
create index b2b_message_order_idx on b2b_message (order_id, created_at desc) where direction = 'OUT' and order_id is not null;
