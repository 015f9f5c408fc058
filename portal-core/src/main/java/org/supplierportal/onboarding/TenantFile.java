package org.supplierportal.onboarding;

import java.math.BigDecimal;
import java.util.List;

/**
 * The content of one {@code tenants/*.yaml} file, as written; {@link TenantFileValidator} checks it before anything
 * is applied. Field names here are the field names in the file.
 */
record TenantFile(String key, String name, List<String> erpPartyCodes, Contact contact, Address address,
                  Shipping shipping, Tolerances tolerances, Integer acknowledgmentDeadlineWorkingDays, List<User> users) {

    record Address(String street, String postalCode, String city, String country) {
    }

    record Shipping(Address shipFrom, String gs1CompanyPrefix, Boolean shipBeforeAcknowledgment, String defaultCarrier) {
    }

    record Contact(String name, String email, String phone) {
    }

    record Tolerances(BigDecimal quantityUnderPercent, BigDecimal quantityOverPercent, Integer dateEarlyDays,
                      Integer dateLateDays, BigDecimal priceUnderPercent, BigDecimal priceOverPercent) {
    }

    record User(String username, String name, String email, String role, String password) {
    }
}
