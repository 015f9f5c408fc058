package org.supplierportal.shipment;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.tenancy.TenantId;

/**
 * Hands out each supplier's SSCCs, never the same twice: a counter per supplier, advanced under a row lock in the
 * caller's transaction (so an ASN that is not saved gives its numbers back).
 */
@Service
class SsccAllocator {

    private final JdbcTemplate jdbc;

    SsccAllocator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    List<String> next(TenantId tenant, String companyPrefix, int count) {
        jdbc.update("insert into sscc_counter (tenant_id, next_serial) values (?, 0) on conflict (tenant_id) do nothing",
                tenant.value());
        Long last = jdbc.queryForObject("update sscc_counter set next_serial = next_serial + ? where tenant_id = ?"
                + " returning next_serial", Long.class, count, tenant.value());
        List<String> codes = new ArrayList<>();
        for (long n = last - count; n < last; n++) {
            codes.add(Sscc.nth(companyPrefix, n));
        }
        return codes;
    }
}
