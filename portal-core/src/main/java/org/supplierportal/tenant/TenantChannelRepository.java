package org.supplierportal.tenant;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TenantChannelRepository extends JpaRepository<TenantChannel, UUID> {
}
