package org.supplierportal.contact;

import java.util.UUID;

import org.supplierportal.tenancy.TenantId;

/** A contact as screens show it. */
public record SupplierContactView(UUID id, TenantId tenantId, String name, ContactFunction function, String email,
                                  String phone, String notes, long version) {

    public ContactDraft toDraft() {
        return new ContactDraft(name, function, email, phone, notes);
    }
}
