package org.supplierportal.tenant;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TenantChannelRepository extends JpaRepository<TenantChannel, UUID> {

    /** The cXML channels whose Sender credential this is (ignoring case, as cXML compares them): one at most. */
    @Query("""
            select c from TenantChannel c where c.channel = org.supplierportal.tenant.B2bChannel.CXML
            and lower(c.cxmlSenderDomain) = lower(:domain) and lower(c.cxmlSenderIdentity) = lower(:identity)""")
    List<TenantChannel> findCxmlBySender(@Param("domain") String domain, @Param("identity") String identity);

    /** The AS2 channel whose partner AS2 ID this is (AS2 IDs compare exactly): one at most. */
    @Query("""
            select c from TenantChannel c where c.transport = org.supplierportal.tenant.B2bTransport.AS2
            and c.as2PartnerId = :partnerId""")
    List<TenantChannel> findAs2ByPartnerId(@Param("partnerId") String partnerId);
}
