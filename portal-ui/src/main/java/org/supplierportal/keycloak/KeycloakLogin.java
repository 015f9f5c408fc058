package org.supplierportal.keycloak;

import java.util.List;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.supplierportal.identity.ExternalLoginRefusedException;
import org.supplierportal.identity.ExternalLogins;
import org.supplierportal.tenancy.CurrentUser;

/**
 * The browser log-in through Keycloak: after Keycloak's log-in page, the ID token's claims become the portal's user,
 * or the person lands on a page that says why the portal refuses them.
 */
public class KeycloakLogin {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(KeycloakLogin.class);

    /** Where Spring Security starts the authorization-code flow with Keycloak. */
    public static final String LOGIN_PATH = org.supplierportal.identity.LoginProperties.OIDC_LOGIN_PATH;
    /** The page that explains a refusal. */
    public static final String REFUSED_PATH = "/login-refused";

    private final ExternalLogins logins;
    private final KeycloakProperties properties;
    private final OidcUserService keycloakUsers = new OidcUserService();

    KeycloakLogin(ExternalLogins logins, KeycloakProperties properties) {
        this.logins = logins;
        this.properties = properties;
    }

    public OAuth2UserService<OidcUserRequest, OidcUser> userService() {
        return request -> {
            OidcUser keycloakUser = keycloakUsers.loadUser(request);
            try {
                CurrentUser user = logins.signIn(KeycloakClaims.identity(keycloakUser.getClaims()));
                List<GrantedAuthority> authorities = user.authorities().stream()
                        .<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
                return new PortalOidcUser(keycloakUser, user, authorities);
            } catch (ExternalLoginRefusedException | IllegalArgumentException refused) {
                // The refusal stays the cause, so the refusal page can say it in the person's language.
                throw new OAuth2AuthenticationException(new OAuth2Error("access_refused", refused.getMessage(), null),
                        refused.getMessage(), refused);
            }
        };
    }

    /**
     * A refusal goes to its own page (not back to the log-in, which would start the same log-in again). A failure
     * that is the portal's own set-up, not the person, is logged as an error that says what to fix: a wrong client
     * secret otherwise shows only as people who cannot log in.
     */
    public AuthenticationFailureHandler failureHandler() {
        SimpleUrlAuthenticationFailureHandler refusedPage = new SimpleUrlAuthenticationFailureHandler(REFUSED_PATH);
        return (request, response, failure) -> refusedPage.onAuthenticationFailure(request, response, explained(failure));
    }

    private AuthenticationException explained(AuthenticationException failure) {
        OAuth2Error error = failure instanceof OAuth2AuthenticationException oauth ? oauth.getError() : null;
        String code = error == null ? null : error.getErrorCode();
        if ("access_refused".equals(code)) {
            return failure;
        }
        String said = code + ": " + (error == null || error.getDescription() == null ? failure.getMessage() : error.getDescription());
        // Keycloak answers a wrong secret with 401 invalid_client or unauthorized_client, which Spring reports as an
        // invalid token response quoting Keycloak's answer.
        String everything = said + " " + failure.getMessage();
        if (everything.contains("invalid_client") || everything.contains("unauthorized_client")) {
            log.error("Keycloak refused the portal's own client credentials ({}). Check that PORTAL_KEYCLOAK_CLIENT_ID"
                    + " ('{}') names the portal's client in realm {} and that PORTAL_KEYCLOAK_CLIENT_SECRET is that"
                    + " client's secret (Keycloak: Clients > {} > Credentials). Nobody can log in until it matches.",
                    failure.getMessage(), properties.clientId(), properties.realm(), properties.clientId());
            return new OAuth2AuthenticationException(new OAuth2Error("portal_misconfigured"), "The Supplier Portal cannot"
                    + " log anyone in right now: its connection to the identity provider is set up wrongly. Tell your"
                    + " administrator; nothing is wrong with your account.");
        }
        log.warn("A log-in through Keycloak failed ({})", said, failure);
        return failure;
    }

    /** Keycloak's log-out, to log in as someone else after a refusal (Keycloak asks to confirm it). */
    public String keycloakLogoutUrl(String portalUrl) {
        return properties.endpoint("logout") + "?client_id=" + properties.clientId() + "&post_logout_redirect_uri="
                + java.net.URLEncoder.encode(portalUrl + "/", java.nio.charset.StandardCharsets.UTF_8);
    }
}
