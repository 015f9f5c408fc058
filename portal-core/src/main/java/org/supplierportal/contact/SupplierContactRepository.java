package org.supplierportal.contact;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupplierContactRepository extends JpaRepository<SupplierContact, UUID> {

    List<SupplierContact> findAllByOrderByNameAsc();

    List<SupplierContact> findAllByTenantIdOrderByNameAsc(UUID tenantId);
}
