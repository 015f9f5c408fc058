package org.supplierportal.api.token;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ClientCredentialsAuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * A client-credentials request that names no scope gets all the client's scopes (Spring's default would be a token
 * with none, which no operation takes). A request that names scopes gets those, if the client has them.
 */
final class RegisteredScopesByDefault implements AuthenticationConverter {

    private final OAuth2ClientCredentialsAuthenticationConverter standard = new OAuth2ClientCredentialsAuthenticationConverter();

    @Override
    public Authentication convert(HttpServletRequest request) {
        Authentication converted = standard.convert(request);
        if (converted instanceof OAuth2ClientCredentialsAuthenticationToken token && token.getScopes().isEmpty()
                && SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2ClientAuthenticationToken client
                && client.getRegisteredClient() != null) {
            return new OAuth2ClientCredentialsAuthenticationToken(client, client.getRegisteredClient().getScopes(),
                    token.getAdditionalParameters());
        }
        return converted;
    }
}
