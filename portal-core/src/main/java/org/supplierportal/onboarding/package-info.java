/**
 * Onboarding supplier tenants from files: every {@code *.yaml} file in the tenants directory describes one supplier
 * (name, key, ERP party codes, contact, users, tolerance overrides). At start-up all files are read and validated
 * first, then applied in one transaction, idempotently; a broken file stops the start with a message naming the
 * file, the field and what is wrong, and nothing is applied. The demo buyer and admin come from configuration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Onboarding")
package org.supplierportal.onboarding;
