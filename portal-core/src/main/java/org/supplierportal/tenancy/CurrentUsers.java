package org.supplierportal.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Gives services the {@link CurrentUser} of the running request or job, and lets system work (start-up loading,
 * schedulers) run as the explicit, audited system actor.
 */
@Component
public class CurrentUsers {

    private final ObjectProvider<SecurityContextHolderStrategy> strategyBean;
    // The bean, resolved at first use and then kept: looking it up on every call cost ~3 % of an API call's CPU.
    // Racing threads resolve the same bean, so the field needs no lock. Without the bean nothing is kept: the global
    // holder's strategy is read each time, as another context may replace it.
    private volatile SecurityContextHolderStrategy strategy;

    /**
     * @param strategyBean the application's strategy (Vaadin defines one), the same one Spring Security's own checks
     *                     read; the global holder is only the fall-back, because each application context replaces it
     */
    CurrentUsers(ObjectProvider<SecurityContextHolderStrategy> strategyBean) {
        this.strategyBean = strategyBean;
    }

    private SecurityContextHolderStrategy securityContexts() {
        SecurityContextHolderStrategy resolved = strategy;
        if (resolved == null) {
            resolved = strategyBean.getIfAvailable();
            if (resolved == null) {
                return SecurityContextHolder.getContextHolderStrategy();
            }
            strategy = resolved;
        }
        return resolved;
    }

    public Optional<CurrentUser> find() {
        Authentication authentication = securityContexts().getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof CurrentUserHolder holder) {
            return Optional.of(holder.currentUser());
        }
        return Optional.empty();
    }

    public CurrentUser require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("nobody is logged in"));
    }

    public AccessScope scope() {
        return AccessScope.of(find().orElse(null));
    }

    /**
     * Runs work as the system actor, across all tenants. Call it outside any transaction: the tenant scope of a
     * transaction is fixed when it begins.
     */
    public <T> T runAsSystem(String purpose, Supplier<T> work) {
        return runAs(CurrentUser.system(purpose), work);
    }

    public void runAsSystem(String purpose, Runnable work) {
        runAsSystem(purpose, () -> {
            work.run();
            return null;
        });
    }

    /** Runs work as the given user; for jobs acting on a user's behalf and for tests. */
    public <T> T runAs(CurrentUser user, Supplier<T> work) {
        SecurityContextHolderStrategy strategy = securityContexts();
        SecurityContext previous = strategy.getContext();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(authenticationOf(user));
        strategy.setContext(context);
        try {
            if (!find().map(current -> current.userId().equals(user.userId())).orElse(false)) {
                // Vaadin's strategy prefers the session's user inside a UI request; never run silently as the wrong one.
                throw new IllegalStateException("Cannot act as " + user.username()
                        + " in this thread (a Vaadin request keeps its session's user); run the work in a background task");
            }
            return work.get();
        } finally {
            strategy.setContext(previous);
        }
    }

    private static Authentication authenticationOf(CurrentUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(new ActingPrincipal(user), null,
                user.authorities().stream().map(SimpleGrantedAuthority::new).toList());
    }
}
