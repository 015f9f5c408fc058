package org.supplierportal.contact;

import org.supplierportal.audit.AuditAction;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.TenantId;

/**
 * The supplier's contacts. Supplier users read their own company's; the supplier's administrator keeps them; buyers
 * and admins read any supplier's.
 */
@Service
@Validated
public class ContactService {

    private final SupplierContactRepository contacts;
    private final CurrentUsers currentUsers;
    private final AuditLog auditLog;
    private final Clock clock;

    ContactService(SupplierContactRepository contacts, CurrentUsers currentUsers, AuditLog auditLog, Clock clock) {
        this.contacts = contacts;
        this.currentUsers = currentUsers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The current supplier user's own company's contacts. */
    @PreAuthorize("hasRole('SUPPLIER_USER')")
    @Transactional(readOnly = true)
    public List<SupplierContactView> listMine() {
        // Hibernate's tenant filter limits this to the user's own tenant; no tenant parameter to get wrong.
        return contacts.findAllByOrderByNameAsc().stream().map(SupplierContact::view).toList();
    }

    /** A given supplier's contacts, for buyers and admins. */
    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<SupplierContactView> listOf(TenantId tenant) {
        return contacts.findAllByTenantIdOrderByNameAsc(tenant.value()).stream().map(SupplierContact::view).toList();
    }

    @PreAuthorize("hasRole('SUPPLIER_ADMIN')")
    @Transactional
    public SupplierContactView add(@Valid ContactDraft draft) {
        SupplierContact contact = contacts.saveAndFlush(new SupplierContact(draft, clock.instant()));
        SupplierContactView view = contact.view();
        auditLog.record(view.tenantId(), AuditAction.CONTACT_ADDED, "Contact", view.id().toString(),
                "Contact " + view.name() + " added", null, view);
        return view;
    }

    /**
     * Changes a contact. {@code expectedVersion} is the version the user opened; if someone saved in between, the
     * change is refused rather than silently overwriting theirs.
     */
    @PreAuthorize("hasRole('SUPPLIER_ADMIN')")
    @Transactional
    public SupplierContactView change(UUID id, long expectedVersion, @Valid ContactDraft draft) {
        SupplierContact contact = contacts.findById(id).orElseThrow(() -> new ContactNotFoundException(id));
        SupplierContactView before = contact.view();
        if (contact.version() != expectedVersion) {
            throw new ContactChangedMeanwhileException(before.name());
        }
        contact.change(draft, clock.instant());
        contacts.flush();
        SupplierContactView after = contact.view();
        auditLog.record(after.tenantId(), AuditAction.CONTACT_CHANGED, "Contact", id.toString(),
                "Contact " + after.name() + " changed", before, after);
        return after;
    }

    @PreAuthorize("hasRole('SUPPLIER_ADMIN')")
    @Transactional
    public void remove(UUID id) {
        SupplierContact contact = contacts.findById(id).orElseThrow(() -> new ContactNotFoundException(id));
        SupplierContactView before = contact.view();
        contacts.delete(contact);
        auditLog.record(before.tenantId(), AuditAction.CONTACT_REMOVED, "Contact", id.toString(),
                "Contact " + before.name() + " removed", before, null);
    }
}
