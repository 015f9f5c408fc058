package org.supplierportal.notification;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.supplierportal.identity.UserAccountService;
import org.supplierportal.identity.UserSummary;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.Role;
import org.supplierportal.testsupport.Actors;

/** The demo's real accounts (with their real ids, which notifications are addressed to). */
record People(UserAccountService users, Actors actors) {

    List<UserSummary> all() {
        return actors.as(actors.admin(), users::listAll);
    }

    UserSummary named(String username) {
        return all().stream().filter(user -> user.username().equals(username)).findFirst().orElseThrow();
    }

    CurrentUser login(String username) {
        UserSummary user = named(username);
        return new CurrentUser(user.id(), user.username(), user.displayName(), user.tenantId(), user.tenantName(),
                EnumSet.of(user.role()));
    }

    /** The addresses of a supplier's active people. */
    Set<String> emailsOf(String tenantKey) {
        var tenant = actors.tenant(tenantKey).id();
        return all().stream().filter(user -> tenant.equals(user.tenantId()) && user.active() && user.email() != null)
                .map(user -> user.email().toLowerCase()).collect(Collectors.toSet());
    }

    /** The addresses of the active buyers. */
    Set<String> emailsOfBuyers() {
        return all().stream().filter(user -> user.role() == Role.BUYER && user.active() && user.email() != null)
                .map(user -> user.email().toLowerCase()).collect(Collectors.toSet());
    }

    String email(String username) {
        return named(username).email().toLowerCase();
    }
}
