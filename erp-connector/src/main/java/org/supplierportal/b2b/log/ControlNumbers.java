package org.supplierportal.b2b.log;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.tenancy.TenantId;

/**
 * Control numbers per partner, unique and increasing, kept in PostgreSQL: one insert-or-increment statement hands out
 * the next, so nodes and restarts never repeat one. After 999,999,999 (ISA13 has nine digits) they start at 1 again.
 */
@Service
public class ControlNumbers {

    public enum Kind { INTERCHANGE, GROUP }

    private final JdbcTemplate jdbc;

    ControlNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Taken in a transaction of its own: a number handed out stays used even if the document then fails. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long next(TenantId partner, Kind kind) {
        Long number = jdbc.queryForObject("""
                insert into b2b_control_number (tenant_id, kind, last_number) values (?, ?, 1)
                on conflict (tenant_id, kind) do update set last_number =
                    case when b2b_control_number.last_number >= 999999999 then 1 else b2b_control_number.last_number + 1 end
                returning last_number""", Long.class, partner.value(), kind.name());
        return number == null ? 1 : number;
    }
}
