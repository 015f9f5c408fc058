#!/bin/bash
# Creates the portal database with its two roles: the owner (Flyway) and the application role, which owns nothing
# and cannot bypass row-level security.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" <<SQL
create role portal_owner login password '${PORTAL_OWNER_PASSWORD}';
create role portal_app login nosuperuser nobypassrls password '${PORTAL_APP_PASSWORD}';
create database portal owner portal_owner;
SQL
