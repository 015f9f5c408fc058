package org.supplierportal.onboarding;

import java.math.BigDecimal;
import java.util.List;

/**
 * The content of one {@code tenants/*.yaml} file, as written; {@link TenantFileValidator} checks it before anything
 * is applied. Field names here are the field names in the file.
 */
record TenantFile(String key, String name, List<String> erpPartyCodes, Contact contact, Tolerances tolerances,
                  Integer acknowledgmentDeadlineWorkingDays, List<User> users) {

    record Contact(String name, String email, String phone) {
    }

    record Tolerances(BigDecimal quantityUnderPercent, BigDecimal quantityOverPercent, Integer dateEarlyDays,
                      Integer dateLateDays, BigDecimal priceUnderPercent, BigDecimal priceOverPercent) {
    }

    record User(String username, String name, String email, String role, String password) {
    }
}
