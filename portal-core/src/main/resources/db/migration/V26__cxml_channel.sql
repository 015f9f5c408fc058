-- Suppliers on cXML 1.2 (issue 14): the partner's From, To and Sender credentials, the hash of its shared secret
-- (never the secret itself) and the address its OrderRequests are posted to. The message log takes cXML's longer
-- names: a payloadID where X12 has an interchange control number, a domain:identity partner, document types such
-- as ConfirmationRequest. Numbered 26: 27 and later belong to other branches.

alter table b2b_channel
    add column cxml_from_domain        varchar(100),
    add column cxml_from_identity      varchar(200),
    add column cxml_to_domain          varchar(100),
    add column cxml_to_identity        varchar(200),
    add column cxml_sender_domain      varchar(100),
    add column cxml_sender_identity    varchar(200),
    -- A hash (PasswordEncoder), never the shared secret itself
    add column cxml_shared_secret_hash varchar(200),
    add column cxml_order_url          varchar(2000);

-- Finding the supplier a cXML document comes from by its Sender credential, before anything else is read.
create index b2b_channel_cxml_sender_idx on b2b_channel (lower(cxml_sender_domain), lower(cxml_sender_identity));

alter table b2b_message
    alter column partner_id type varchar(310),
    alter column interchange_control type varchar(255),
    alter column document_type type varchar(40);
