package org.supplierportal.b2b.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.session.SessionContext;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.supplierportal.b2b.B2bProperties;
import org.supplierportal.b2b.InboundDocuments;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenant.SftpLogin;
import org.supplierportal.tenant.TenantChannels;

/**
 * The SFTP server suppliers' systems connect to, started with the portal only when {@code portal.b2b.sftp.enabled}.
 * A supplier logs in with its tenant key and the password or public key of its channel settings, lands in its own
 * folder pair and cannot leave it; a file it finishes uploading into {@code in} is taken in at once.
 */
@Component
@ConditionalOnBooleanProperty("portal.b2b.sftp.enabled")
class SftpServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SftpServer.class);

    private final B2bProperties properties;
    private final SftpFolders folders;
    private final TenantChannels channels;
    private final CurrentUsers currentUsers;
    private final PasswordEncoder passwordEncoder;
    private final InboundDocuments documents;
    private SshServer server;
    private SftpPickup pickup;

    SftpServer(B2bProperties properties, SftpFolders folders, TenantChannels channels, CurrentUsers currentUsers,
               PasswordEncoder passwordEncoder, InboundDocuments documents) {
        this.properties = properties;
        this.folders = folders;
        this.channels = channels;
        this.currentUsers = currentUsers;
        this.passwordEncoder = passwordEncoder;
        this.documents = documents;
    }

    @Override
    public synchronized void start() {
        pickup = new SftpPickup(folders, documents);
        server = SshServer.setUpDefaultServer();
        server.setHost(properties.sftp().host());
        server.setPort(properties.sftp().port());
        try {
            Files.createDirectories(properties.sftp().hostKey().toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(properties.sftp().hostKey()));
        server.setPasswordAuthenticator((username, password, session) -> login(username)
                .map(login -> login.passwordHash() != null && passwordEncoder.matches(password, login.passwordHash()))
                .orElse(false));
        server.setPublickeyAuthenticator((username, key, session) -> login(username)
                .map(login -> login.publicKey() != null && KeyUtils.compareKeys(parse(login.publicKey()), key))
                .orElse(false));
        server.setFileSystemFactory(new VirtualFileSystemFactory() {
            @Override
            public Path getUserHomeDir(SessionContext session) {
                return folders.home(session.getUsername());
            }
        });
        SftpSubsystemFactory sftp = new SftpSubsystemFactory();
        sftp.addSftpEventListener(new Uploads());
        server.setSubsystemFactories(List.of(sftp));
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("the SFTP server cannot listen on " + properties.sftp().host() + ":"
                    + properties.sftp().port(), e);
        }
        log.info("SFTP server for suppliers' systems listening on {}:{}, folders below {}", properties.sftp().host(),
                server.getPort(), properties.sftp().root().toAbsolutePath());
        // Files dropped while the portal was down wait in the in folders: take them in now.
        currentUsers.runAsSystem("SFTP start", () -> channels.sftpLogins())
                .forEach(partner -> pickup.waiting(partner, folders.home(partner.tenantKey()).resolve("in")));
    }

    /** The port it listens on (the configured one, or the one the system chose for port 0). */
    int port() {
        return server.getPort();
    }

    @Override
    public synchronized void stop() {
        try {
            server.stop(true);
        } catch (IOException e) {
            log.warn("SFTP server did not stop cleanly", e);
        }
        pickup.close();
        server = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null && server.isStarted();
    }

    private Optional<SftpLogin> login(String username) {
        return currentUsers.runAsSystem("SFTP login", () -> channels.sftpLogin(username));
    }

    private static PublicKey parse(String openSshLine) {
        try {
            return AuthorizedKeyEntry.parseAuthorizedKeyEntry(openSshLine).resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("the stored public key cannot be read: " + e.getMessage(), e);
        }
    }

    /** Files finished: closed after writing, or renamed from their temporary name. */
    private final class Uploads implements SftpEventListener {

        @Override
        public void closed(ServerSession session, String remoteHandle, Handle localHandle, Throwable thrown) {
            if (thrown == null && localHandle instanceof FileHandle file && file.getOpenOptions().contains(StandardOpenOption.WRITE)) {
                taken(session, file.getFile());
            }
        }

        @Override
        public void moved(ServerSession session, Path source, Path destination, Collection<CopyOption> options, Throwable thrown) {
            if (thrown == null) {
                taken(session, destination);
            }
        }

        private void taken(ServerSession session, Path virtualPath) {
            login(session.getUsername()).ifPresent(partner -> pickup.uploaded(partner, virtualPath.toString()));
        }
    }
}
