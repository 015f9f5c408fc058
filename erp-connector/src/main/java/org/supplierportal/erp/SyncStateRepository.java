package org.supplierportal.erp;

import org.springframework.data.jpa.repository.JpaRepository;

interface SyncStateRepository extends JpaRepository<SyncState, String> {
}
