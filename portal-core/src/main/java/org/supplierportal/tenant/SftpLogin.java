package org.supplierportal.tenant;

import org.supplierportal.tenancy.TenantId;

/**
 * What the SFTP server needs to let a supplier's system in: the login (the tenant key), the password hash and the
 * public key, and the channel settings its documents are checked against.
 */
public record SftpLogin(TenantId tenantId, String tenantKey, String tenantName, String passwordHash, String publicKey,
                        ChannelSettings settings) {
}
