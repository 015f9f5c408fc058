package org.supplierportal.contact;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/** A person at a supplier; tenant-owned, so Hibernate filters it by the current tenant. */
@Entity
@Table(name = "supplier_contact")
class SupplierContact {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private String name;
    @Enumerated(EnumType.STRING)
    private ContactFunction function;
    private String email;
    private String phone;
    private String notes;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version; // null until persisted: how Spring Data tells a new entity with an assigned id

    protected SupplierContact() {
    }

    SupplierContact(ContactDraft draft, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
        change(draft, now);
    }

    void change(ContactDraft draft, Instant now) {
        name = draft.name().strip();
        function = draft.function();
        email = draft.email().strip();
        phone = blankToNull(draft.phone());
        notes = blankToNull(draft.notes());
        updatedAt = now;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    UUID id() {
        return id;
    }

    long version() {
        return version;
    }

    SupplierContactView view() {
        return new SupplierContactView(id, new org.supplierportal.tenancy.TenantId(tenantId), name, function, email,
                phone, notes, version);
    }
}
