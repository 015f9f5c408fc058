package org.supplierportal.tenancy;

/**
 * Implemented by every authentication principal the portal creates (local login, Keycloak login, API tokens), so
 * that services get the same {@link CurrentUser} whatever the login.
 */
public interface CurrentUserHolder {

    CurrentUser currentUser();
}
