package org.supplierportal.inbox;

import java.util.Set;

import org.supplierportal.tenancy.TenantId;

/**
 * What the inbox shows; all criteria optional.
 *
 * @param text a PO number or part number prefix, or part of the supplier's name
 */
public record InboxFilter(Set<ExceptionType> types, Set<ExceptionStatus> statuses, TenantId supplier, String text,
                          boolean pastDueOnly) {

    public static final InboxFilter OPEN = new InboxFilter(Set.of(), Set.of(ExceptionStatus.OPEN), null, null, false);

    public InboxFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
