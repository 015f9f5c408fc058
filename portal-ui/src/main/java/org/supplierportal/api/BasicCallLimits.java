package org.supplierportal.api;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.supplierportal.apiclient.ApiScope;
import org.supplierportal.identity.BasicCallThrottle;
import org.supplierportal.tenancy.CurrentUserHolder;

/**
 * HTTP Basic on the API: the portal's throttled password check, within an allowance of calls per login and per
 * address (each call costs a BCrypt hash; beyond the allowance the call is refused before hashing, 429). A person
 * gets every scope their role allows.
 */
final class BasicCallLimits implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final BasicCallThrottle throttle;

    BasicCallLimits(AuthenticationProvider passwords, BasicCallThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        throttle.waitBeforeCall(username, address).ifPresent(wait -> {
            throw new TooManyBasicCallsException(wait);
        });
        Authentication person = passwords.authenticate(attempt);
        throttle.called(username, address);
        if (!(person.getPrincipal() instanceof CurrentUserHolder holder)) {
            return person;
        }
        List<GrantedAuthority> authorities = new ArrayList<>(person.getAuthorities());
        ApiScope.allowedFor(holder.currentUser().roles()).forEach(scope -> authorities.add(new SimpleGrantedAuthority(scope.authority())));
        UsernamePasswordAuthenticationToken withScopes = UsernamePasswordAuthenticationToken.authenticated(holder, null, authorities);
        withScopes.setDetails(person.getDetails());
        return withScopes;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
