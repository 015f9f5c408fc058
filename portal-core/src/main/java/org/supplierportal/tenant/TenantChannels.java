package org.supplierportal.tenant;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.audit.AuditAction;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.TenantId;

/**
 * The suppliers' B2B channel settings: read by the supplier's own users and by buyers and admins, changed by admins
 * (on the supplier page, or through the tenant file for a supplier a file manages), every change audited.
 */
@Service
public class TenantChannels {

    private final TenantChannelRepository channels;
    private final TenantRepository tenants;
    private final CurrentUsers currentUsers;
    private final AuditLog auditLog;
    /**
     * The partner's SFTP password is kept as a hash, like a person's: BCrypt behind an {id} prefix. The module makes
     * its own rather than borrowing the identity module's bean, which it does not depend on.
     */
    private final PasswordEncoder passwordEncoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final Clock clock;

    TenantChannels(TenantChannelRepository channels, TenantRepository tenants, CurrentUsers currentUsers, AuditLog auditLog,
                   Clock clock) {
        this.channels = channels;
        this.tenants = tenants;
        this.currentUsers = currentUsers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The supplier's settings (portal only when none were ever set); a supplier user sees only its own. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ChannelSettings settings(TenantId tenantId) {
        CurrentUser user = currentUsers.require();
        if (!user.isCrossTenant() && !user.tenantId().equals(tenantId)) {
            throw new AccessDeniedException(user.username() + " may not see another supplier's channel");
        }
        return channels.findById(tenantId.value()).map(TenantChannel::settings).orElse(ChannelSettings.PORTAL_ONLY);
    }

    /**
     * An admin's change on the supplier page. Refused, with the field, when the settings are incomplete and for a
     * supplier a tenant file manages (the file would overwrite the change at the next start).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ChannelSettings update(TenantId tenantId, ChannelSettings settings) {
        Tenant tenant = tenants.findById(tenantId.value())
                .orElseThrow(() -> new TenantRejectedException(null, RuleText.of("tenantRule.noSuchSupplier")));
        if (TenantSummary.SOURCE_FILE.equals(tenant.source())) {
            throw new TenantRejectedException(null, RuleText.of("tenantRule.fileManaged.channel", tenant.name(),
                    tenant.sourceFile()));
        }
        return change(tenant, settings, "on the supplier page");
    }

    /** Applies a tenant file's channel section; the same settings again change nothing and write no audit entry. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean applyFromFile(TenantId tenantId, ChannelSettings settings, String file) {
        Tenant tenant = tenants.findById(tenantId.value()).orElseThrow();
        ChannelSettings before = channels.findById(tenantId.value()).map(TenantChannel::settings).orElse(ChannelSettings.PORTAL_ONLY);
        String hash = channels.findById(tenantId.value()).map(TenantChannel::sftpPasswordHash).orElse(null);
        String secretHash = channels.findById(tenantId.value()).map(TenantChannel::cxmlSharedSecretHash).orElse(null);
        if (same(settings.sftpPassword(), hash) && same(settings.cxml().sharedSecret(), secretHash)
                && before.equals(settings.withoutSecrets(hash != null, secretHash != null))) {
            return false;
        }
        change(tenant, settings, "from " + file);
        return true;
    }

    /** The SFTP login of a supplier on SFTP, by its tenant key; for the SFTP server, which runs as the system. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<SftpLogin> sftpLogin(String tenantKey) {
        return tenants.findByKey(tenantKey).filter(Tenant::active).flatMap(tenant -> channels.findById(tenant.id().value())
                .filter(channel -> channel.settings().transport() == B2bTransport.SFTP
                        && channel.settings().channel() != B2bChannel.PORTAL_ONLY)
                .map(channel -> login(tenant, channel)));
    }

    /**
     * A supplier on X12 or EDIFACT as its channel settings stand now, whatever its transport: for taking a refused
     * document in again after its settings were fixed. Empty for a supplier that is inactive or not on EDI any more.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<SftpLogin> ediPartner(TenantId tenantId) {
        return tenants.findById(tenantId.value()).filter(Tenant::active).flatMap(tenant -> channels.findById(tenant.id().value())
                .filter(channel -> channel.settings().channel() == B2bChannel.X12 || channel.settings().channel() == B2bChannel.EDIFACT)
                .map(channel -> login(tenant, channel)));
    }

    private static SftpLogin login(Tenant tenant, TenantChannel channel) {
        return new SftpLogin(tenant.id(), tenant.key(), tenant.name(), channel.sftpPasswordHash(),
                channel.settings().sftpPublicKey(), channel.settings());
    }

    /**
     * The supplier on cXML whose Sender credential this is, and whether the shared secret is its own; for the cXML
     * endpoint, which runs as the system until it knows the supplier. Empty for a credential no active supplier has.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<CxmlLogin> cxmlLogin(CxmlCredential sender, String sharedSecret) {
        if (!sender.complete()) {
            return Optional.empty();
        }
        return channels.findCxmlBySender(sender.domain(), sender.identity()).stream().findFirst()
                .flatMap(channel -> tenants.findById(channel.tenantId()).filter(Tenant::active).map(tenant -> new CxmlLogin(
                        tenant.id(), tenant.key(), tenant.name(), channel.settings(),
                        sharedSecret != null && channel.cxmlSharedSecretHash() != null
                                && passwordEncoder.matches(sharedSecret, channel.cxmlSharedSecretHash()))));
    }

    /**
     * The supplier on AS2 whose partner AS2 ID this is, for the AS2 endpoint, which runs as the system until it knows
     * the supplier (its signature is then checked with the certificate in the settings). Empty for an ID no active
     * supplier has.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<SftpLogin> as2Partner(String partnerId) {
        return channels.findAs2ByPartnerId(partnerId).stream().findFirst()
                .flatMap(channel -> tenants.findById(channel.tenantId()).filter(Tenant::active)
                        .flatMap(tenant -> as2Login(tenant, channel)));
    }

    /**
     * The AS2 partner of a supplier by its tenant key, when the supplier is on AS2; for the outbound documents, sent as
     * the system or as the supplier's own channel (a functional acknowledgment).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<SftpLogin> as2Login(String tenantKey) {
        CurrentUser user = currentUsers.require();
        return tenants.findByKey(tenantKey).filter(Tenant::active)
                .filter(tenant -> user.isCrossTenant() || user.tenantId().equals(tenant.id()))
                .flatMap(tenant -> channels.findById(tenant.id().value()).flatMap(channel -> as2Login(tenant, channel)));
    }

    private static Optional<SftpLogin> as2Login(Tenant tenant, TenantChannel channel) {
        ChannelSettings settings = channel.settings();
        return settings.transport() == B2bTransport.AS2 && settings.channel() != B2bChannel.PORTAL_ONLY
                ? Optional.of(new SftpLogin(tenant.id(), tenant.key(), tenant.name(), null, null, settings))
                : Optional.empty();
    }

    /** Every supplier on a B2B channel, for the SFTP server's folders and the outbound documents; as the system. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<SftpLogin> sftpLogins() {
        return tenants.findAllByOrderByNameAsc().stream().map(tenant -> sftpLogin(tenant.key())).flatMap(Optional::stream).toList();
    }

    private ChannelSettings change(Tenant tenant, ChannelSettings settings, String where) {
        List<ChannelRules.Problem> problems = ChannelRules.check(settings);
        if (!problems.isEmpty()) {
            throw new TenantRejectedException(problems.get(0).field(), problems.get(0).translatable());
        }
        if (settings.isCxml() && channels.findCxmlBySender(settings.cxml().sender().domain(), settings.cxml().sender().identity())
                .stream().anyMatch(other -> !other.tenantId().equals(tenant.id().value()))) {
            throw new TenantRejectedException("cxmlSender", RuleText.of("channelRule.cxmlSenderTaken",
                    settings.cxml().sender().toString()));
        }
        if (settings.transport() == B2bTransport.AS2 && channels.findAs2ByPartnerId(settings.as2().partnerId()).stream()
                .anyMatch(other -> !other.tenantId().equals(tenant.id().value()))) {
            throw new TenantRejectedException("as2PartnerId", RuleText.of("channelRule.as2PartnerIdTaken",
                    settings.as2().partnerId()));
        }
        TenantChannel channel = channels.findById(tenant.id().value()).orElseGet(() -> new TenantChannel(tenant.id().value()));
        ChannelSettings before = channel.settings();
        String hash = settings.sftpPassword() == null ? null : passwordEncoder.encode(settings.sftpPassword());
        String secretHash = settings.cxml().sharedSecret() == null ? null : passwordEncoder.encode(settings.cxml().sharedSecret());
        if (channel.change(settings, hash, secretHash, clock.instant())) {
            channels.save(channel);
            auditLog.record(tenant.id(), AuditAction.B2B_CHANNEL_CHANGED, "Tenant", tenant.key(),
                    "B2B channel of " + tenant.name() + " set to " + settings.channel().label()
                            + (hash != null ? " (new SFTP password)" : "")
                            + (secretHash != null ? " (new cXML shared secret)" : "") + " " + where, before, channel.settings());
        }
        return channel.settings();
    }

    /** Whether a secret given again is the one stored (none given: whether none is stored). */
    private boolean same(String given, String hash) {
        return given == null ? hash == null : hash != null && passwordEncoder.matches(given, hash);
    }
}
