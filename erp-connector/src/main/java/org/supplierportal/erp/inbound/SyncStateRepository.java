package org.supplierportal.erp.inbound;

import org.springframework.data.jpa.repository.JpaRepository;

interface SyncStateRepository extends JpaRepository<SyncState, String> {
}
