package org.supplierportal.onboarding;

/** One thing wrong with a tenant file: which file, which field (empty for the whole file), and what is wrong. */
public record TenantFileProblem(String file, String field, String message) {

    @Override
    public String toString() {
        return field == null || field.isEmpty() ? file + ": " + message : file + ": " + field + ": " + message;
    }
}
