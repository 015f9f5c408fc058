package org.supplierportal.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

    @Query("select u from UserAccount u where lower(u.username) = lower(?1)")
    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    List<UserAccount> findAllByTenantIdOrderByDisplayNameAsc(UUID tenantId);

    List<UserAccount> findAllByOrderByDisplayNameAsc();

    /**
     * Keeps the time of a log-in without the account's version: a log-in changes nothing an admin edits, and
     * parallel log-ins of one account (a script's concurrent API calls) must not fail on each other.
     */
    @Modifying(clearAutomatically = true)
    @Query("update UserAccount u set u.lastLoginAt = ?2 where u.id = ?1")
    int recordLogin(UUID id, Instant at);
}
