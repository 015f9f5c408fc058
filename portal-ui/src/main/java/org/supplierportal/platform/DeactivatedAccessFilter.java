package org.supplierportal.platform;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * Ends the session of a person whose account or company was deactivated while they were logged in: the next request
 * finds them logged out (Vaadin reloads to the log-in page). The check is remembered for a few seconds per person,
 * so it costs one small query per person and interval, not one per request.
 */
class DeactivatedAccessFilter extends OncePerRequestFilter {

    static final Duration RECHECK_AFTER = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(DeactivatedAccessFilter.class);

    private record Checked(boolean allowed, Instant at) {
    }

    private final CurrentUsers currentUsers;
    private final UserAccountService accounts;
    private final Clock clock;
    private final Map<UUID, Checked> checked = new ConcurrentHashMap<>();

    DeactivatedAccessFilter(CurrentUsers currentUsers, UserAccountService accounts, Clock clock) {
        this.currentUsers = currentUsers;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        CurrentUser user = currentUsers.find().orElse(null);
        if (session != null && user != null && !user.isSystem() && !allowed(user)) {
            log.info("Ending the session of {}: their account or company was deactivated", user.username());
            session.invalidate();
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    private boolean allowed(CurrentUser user) {
        Instant now = clock.instant();
        Checked last = checked.get(user.userId());
        if (last == null || last.at().plus(RECHECK_AFTER).isBefore(now)) {
            last = new Checked(currentUsers.runAsSystem("session check", () -> accounts.mayStillUse(user)), now);
            checked.put(user.userId(), last);
        }
        return last.allowed();
    }
}
