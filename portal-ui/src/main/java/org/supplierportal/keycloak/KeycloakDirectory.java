package org.supplierportal.keycloak;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supplierportal.identity.AccountDirectory;
import org.supplierportal.identity.InvitationRejectedException;
import org.supplierportal.locale.PersonLocales;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.TenantDirectory;
import org.supplierportal.tenant.TenantRejectedException;
import org.supplierportal.tenant.TenantSummary;

/**
 * Keeps Keycloak in line with the portal: an Organization per supplier (alias = tenant key, its ERP party codes as an
 * attribute) and a user per person (realm role, {@code tenant} attribute, member of the supplier's Organization,
 * {@code locale} attribute for Keycloak's own pages and e-mails).
 * Every call creates or updates by alias or username, so repeating one is harmless; a failure is reported in the
 * admin's words and, being thrown inside the portal's transaction, leaves nothing half-done in the portal.
 */
class KeycloakDirectory implements TenantDirectory, AccountDirectory {

    private static final Logger log = LoggerFactory.getLogger(KeycloakDirectory.class);
    private static final Set<String> PORTAL_ROLES = Set.of(Role.SUPPLIER_USER.name(), Role.SUPPLIER_ADMIN.name(),
            Role.BUYER.name(), Role.ADMIN.name());

    private final Keycloak keycloak;
    private final String realmName;
    private final PersonLocales personLocales;

    KeycloakDirectory(Keycloak keycloak, String realmName, PersonLocales personLocales) {
        this.keycloak = keycloak;
        this.realmName = realmName;
        this.personLocales = personLocales;
    }

    @Override
    public void publish(TenantSummary tenant) {
        call("save " + tenant.name() + " as a Keycloak Organization", message -> new TenantRejectedException(null, message), () -> {
            OrganizationRepresentation organization = findOrganization(tenant.key());
            boolean created = organization == null;
            if (created) {
                organization = new OrganizationRepresentation();
                organization.setAlias(tenant.key());
            }
            organization.setName(tenant.name());
            organization.setEnabled(tenant.active());
            organization.setAttributes(Map.of("erpPartyCodes", new ArrayList<>(tenant.erpPartyCodes())));
            if (created) {
                expectSuccess(realm().organizations().create(organization));
            } else {
                expectSuccess(realm().organizations().get(organization.getId()).update(organization));
            }
            return null;
        });
    }

    @Override
    public void publish(String username, String displayName, String email, Role role, String tenantKey, boolean enabled) {
        call("save " + username + " in Keycloak", message -> new InvitationRejectedException(null, message), () -> {
            UserRepresentation user = findUser(username);
            boolean created = user == null;
            if (created) {
                user = new UserRepresentation();
                user.setUsername(username);
            }
            String[] names = splitName(displayName);
            user.setFirstName(names[0]);
            user.setLastName(names[1]);
            user.setEmail(email);
            user.setEmailVerified(email != null);
            user.setEnabled(enabled);
            user.setAttributes(attributes(user, username, tenantKey));
            String id;
            if (created) {
                id = CreatedResponseUtil.getCreatedId(realm().users().create(user));
            } else {
                id = user.getId();
                realm().users().get(id).update(user);
            }
            keepOnlyRole(realm().users().get(id), role);
            if (tenantKey != null) {
                OrganizationRepresentation organization = findOrganization(tenantKey);
                if (organization == null) {
                    throw new IllegalStateException("Keycloak has no Organization " + tenantKey + " for the supplier");
                }
                try (Response added = realm().organizations().get(organization.getId()).members().addMember(id)) {
                    // 409: already a member, which is what we want.
                    if (added.getStatus() >= 300 && added.getStatus() != 409) {
                        throw new WebApplicationException(added);
                    }
                }
            }
            return null;
        });
    }

    @Override
    public void setPassword(String username, String password) {
        call("set the password of " + username + " in Keycloak", message -> new InvitationRejectedException(null, message), () -> {
            UserRepresentation user = findUser(username);
            if (user == null) {
                throw new IllegalStateException("Keycloak has no user " + username);
            }
            CredentialRepresentation credential = new CredentialRepresentation();
            credential.setType(CredentialRepresentation.PASSWORD);
            credential.setValue(password);
            credential.setTemporary(false);
            realm().users().get(user.getId()).resetPassword(credential);
            return null;
        });
    }

    /**
     * Sets the language Keycloak shows its pages and writes its e-mails to the person in ({@link KeycloakLocales#code});
     * none: the browser's, as Keycloak sees it. A person Keycloak does not know yet is left alone: their language goes
     * along when they are published.
     */
    void setLocale(String username, Optional<String> locale) {
        call("save the language of " + username + " in Keycloak", message -> new InvitationRejectedException(null, message), () -> {
            UserRepresentation user = findUser(username);
            if (user == null) {
                return null;
            }
            // All of them: Keycloak drops the attributes an update leaves out (the tenant among them).
            Map<String, List<String>> attributes = new HashMap<>(user.getAttributes() == null ? Map.of() : user.getAttributes());
            locale.ifPresentOrElse(code -> attributes.put(KeycloakLocales.ATTRIBUTE, List.of(code)),
                    () -> attributes.remove(KeycloakLocales.ATTRIBUTE));
            user.setAttributes(attributes);
            realm().users().get(user.getId()).update(user);
            return null;
        });
    }

    /**
     * The user's attributes as the portal has them: the supplier, and the language the person chose in the portal or
     * else the one Keycloak already has (picked on Keycloak's own page). Keycloak drops attributes left out of an
     * update, so the language must be named each time.
     */
    private Map<String, List<String>> attributes(UserRepresentation user, String username, String tenantKey) {
        Map<String, List<String>> attributes = new HashMap<>();
        if (tenantKey != null) {
            attributes.put("tenant", List.of(tenantKey));
        }
        Optional<List<String>> inKeycloak = Optional.ofNullable(user.getAttributes())
                .map(existing -> existing.get(KeycloakLocales.ATTRIBUTE));
        personLocales.languageOf(username).map(language -> List.of(KeycloakLocales.code(language))).or(() -> inKeycloak)
                .ifPresent(locale -> attributes.put(KeycloakLocales.ATTRIBUTE, locale));
        return attributes;
    }

    /** Whether Keycloak has an Organization for the tenant key (for the monitor and tests). */
    boolean hasOrganization(String alias) {
        return findOrganization(alias) != null;
    }

    private void keepOnlyRole(UserResource user, Role role) {
        List<RoleRepresentation> current = user.roles().realmLevel().listAll();
        List<RoleRepresentation> others = current.stream()
                .filter(r -> PORTAL_ROLES.contains(r.getName()) && !r.getName().equals(role.name())).toList();
        if (!others.isEmpty()) {
            user.roles().realmLevel().remove(others);
        }
        if (current.stream().noneMatch(r -> r.getName().equals(role.name()))) {
            List<RoleRepresentation> wanted = user.roles().realmLevel().listAvailable().stream()
                    .filter(r -> r.getName().equals(role.name())).toList();
            if (wanted.isEmpty()) {
                throw new IllegalStateException("the realm has no role " + role.name());
            }
            user.roles().realmLevel().add(wanted);
        }
    }

    private OrganizationRepresentation findOrganization(String alias) {
        return realm().organizations().searchByAttribute("alias:" + alias).stream()
                .filter(organization -> alias.equals(organization.getAlias())).findFirst().orElse(null);
    }

    private UserRepresentation findUser(String username) {
        return realm().users().searchByUsername(username, true).stream().findFirst().orElse(null);
    }

    private RealmResource realm() {
        return keycloak.realm(realmName);
    }

    private static void expectSuccess(Response response) {
        try (response) {
            if (response.getStatus() >= 300) {
                throw new WebApplicationException(response);
            }
        }
    }

    /** "Anna Berg" to Anna / Berg; Keycloak's user profile wants both. */
    static String[] splitName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        int space = name.lastIndexOf(' ');
        return space < 0 ? new String[] {name, name} : new String[] {name.substring(0, space), name.substring(space + 1)};
    }

    private static <T> T call(String what, Function<String, RuntimeException> refusal, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (ProcessingException unreachable) {
            log.warn("Keycloak unreachable while trying to {}", what, unreachable);
            throw refusal.apply("Keycloak could not be reached, so nothing was saved (trying to " + what
                    + "). Try again in a moment; if it keeps failing, check that Keycloak is running.");
        } catch (WebApplicationException refused) {
            String detail = detail(refused.getResponse());
            log.warn("Keycloak refused to {}: {} {}", what, refused.getResponse().getStatus(), detail);
            throw refusal.apply("Keycloak refused to " + what + " (" + detail + "), so nothing was saved.");
        } catch (IllegalStateException inconsistent) {
            throw refusal.apply("Could not " + what + ": " + inconsistent.getMessage() + ". Nothing was saved.");
        }
    }

    private static String detail(Response response) {
        try {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            return response.getStatus() + (body.isBlank() ? "" : " " + body);
        } catch (RuntimeException unreadable) {
            return String.valueOf(response.getStatus());
        }
    }
}
