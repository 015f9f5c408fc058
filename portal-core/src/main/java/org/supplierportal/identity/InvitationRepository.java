package org.supplierportal.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<Invitation, UUID> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    Optional<Invitation> findByEmailIgnoreCaseAndStatus(String email, Invitation.Status status);

    List<Invitation> findAllByStatusOrderByCreatedAtDesc(Invitation.Status status);

    List<Invitation> findAllByTenantIdAndStatusOrderByCreatedAtDesc(UUID tenantId, Invitation.Status status);
}
