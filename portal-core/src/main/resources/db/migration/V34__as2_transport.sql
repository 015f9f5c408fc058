-- Suppliers whose documents travel over AS2 (issue 14): the partner's AS2 ID, its address, its certificate (public:
-- it checks the partner's signatures and encrypts what we send) and how it answers with MDNs. Numbered 31: the
-- numbers in between belong to other branches.

alter table b2b_channel
    add column as2_partner_id  varchar(128),
    add column as2_url         varchar(2000),
    add column as2_certificate text,
    add column as2_signed_mdn  boolean not null default true,
    add column as2_async_mdn   boolean not null default false;

-- Finding the supplier an AS2 message comes from by its AS2-From, before anything else is read; one supplier each.
create unique index b2b_channel_as2_partner_idx on b2b_channel (as2_partner_id) where transport = 'AS2';
