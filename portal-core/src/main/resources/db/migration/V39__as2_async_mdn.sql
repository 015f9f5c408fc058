-- An AS2 message the portal sent asking for an asynchronous MDN: the MIC it computed of what it sent, which the MDN
-- that arrives later must return (Received-Content-MIC) to acknowledge it.
alter table b2b_message add column expected_mic varchar(200);
