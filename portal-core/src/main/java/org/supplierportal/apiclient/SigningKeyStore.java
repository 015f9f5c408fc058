package org.supplierportal.apiclient;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keys API tokens are signed with, kept in PostgreSQL so that every node and every restart signs and verifies
 * with the same ones (a key made per node would make one node's tokens unknown to the next). The first node to start
 * stores its candidate; every other node, now and later, loads that one.
 */
@Service
public class SigningKeyStore {

    private final JdbcTemplate jdbc;

    SigningKeyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The stored keys, newest first (a JSON Web Key each, private part included); stores the candidate when there is
     * none yet. Nodes starting together take turns (an advisory lock for the transaction), so they agree on one key.
     *
     * @param candidateJson a new key, used only if no key is stored
     */
    @PreAuthorize("hasRole('ADMIN')") // the system, at start-up
    @Transactional
    public List<String> loadOrCreate(String kid, String candidateJson) {
        jdbc.query("select pg_advisory_xact_lock(hashtext('api_signing_key'))", rs -> { });
        jdbc.update("insert into api_signing_key (kid, jwk) select ?, ? where not exists (select 1 from api_signing_key)",
                kid, candidateJson);
        return jdbc.queryForList("select jwk from api_signing_key order by created_at desc, kid", String.class);
    }
}
