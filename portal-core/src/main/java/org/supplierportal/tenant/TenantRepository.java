package org.supplierportal.tenant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TenantRepository extends JpaRepository<Tenant, UUID> {

    Optional<Tenant> findByKey(String key);

    List<Tenant> findAllByOrderByNameAsc();

    @org.springframework.data.jpa.repository.Query("select t from Tenant t join t.partyCodes code where code = ?1")
    Optional<Tenant> findByPartyCode(String partyCode);
}
