package org.supplierportal.tolerance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartToleranceRepository extends JpaRepository<PartTolerance, UUID> {

    Optional<PartTolerance> findByTenantIdAndPartNumber(UUID tenantId, String partNumber);

    List<PartTolerance> findByTenantIdAndPartNumberIn(UUID tenantId, Collection<String> partNumbers);

    List<PartTolerance> findByTenantIdOrderByPartNumber(UUID tenantId);
}
