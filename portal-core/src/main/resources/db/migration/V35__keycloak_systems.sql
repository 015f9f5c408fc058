-- Keycloak service accounts as API clients (issue 13, login mode oidc). Systems get their tokens from Keycloak there,
-- but the portal still needs a row for each: webhooks belong to an API client, admins revoke a system in the
-- portal at once, and "last used" shows which systems call. The row is made on the system's first call and named by
-- its Keycloak client ID; it has no secret (Keycloak checks that) and its expiry is Keycloak's business.
alter table api_client add column keycloak_client_id varchar(255);
alter table api_client alter column secret_hash drop not null;
create unique index api_client_keycloak_client_idx on api_client (keycloak_client_id) where keycloak_client_id is not null;
alter table api_client add constraint api_client_secret_or_keycloak
    check ((secret_hash is null) <> (keycloak_client_id is null));
