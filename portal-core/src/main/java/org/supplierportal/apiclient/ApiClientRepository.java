package org.supplierportal.apiclient;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiClientRepository extends JpaRepository<ApiClient, UUID> {

    List<ApiClient> findAllByOrderByCreatedAtDesc();

    List<ApiClient> findAllByTenantIdOrderByCreatedAtDesc(UUID tenantId);

    List<ApiClient> findAllByTenantIdIsNullOrderByCreatedAtDesc();
}
