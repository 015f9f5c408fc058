package org.supplierportal.b2b.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;
import org.supplierportal.b2b.B2bProperties;
import org.supplierportal.b2b.OutboundDrop;
import org.supplierportal.tenant.TenantDefinition;

/**
 * The folder pair of each supplier below the SFTP root: {@code <key>/in} where its system drops documents,
 * {@code <key>/out} where the portal puts documents for it, and {@code <key>/archive} where picked-up files go.
 * Outbound files are written under a temporary name and then renamed, so a partner never fetches half a file.
 */
@Component
class SftpFolders implements OutboundDrop {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS");

    private final Path root;
    private final Clock clock;

    SftpFolders(B2bProperties properties, Clock clock) {
        this.root = properties.sftp().root().toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** The supplier's home, its folders created when missing. */
    Path home(String tenantKey) {
        if (!TenantDefinition.KEY_FORMAT.matcher(tenantKey).matches()) {
            throw new IllegalArgumentException("not a tenant key: " + tenantKey);
        }
        Path home = root.resolve(tenantKey);
        try {
            Files.createDirectories(home.resolve("in"));
            Files.createDirectories(home.resolve("out"));
            Files.createDirectories(home.resolve("archive"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the SFTP folders of " + tenantKey + " below " + root, e);
        }
        return home;
    }

    @Override
    public void deliver(String tenantKey, String fileName, String content) {
        Path out = home(tenantKey).resolve("out");
        Path part = out.resolve(fileName + ".part");
        try {
            Files.writeString(part, content, StandardCharsets.ISO_8859_1);
            Files.move(part, out.resolve(fileName), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + fileName + " to the out folder of " + tenantKey, e);
        }
    }

    /** Moves a processed inbound file out of the in folder, stamped so names never collide. */
    Path archive(String tenantKey, Path file) throws IOException {
        Path target = home(tenantKey).resolve("archive").resolve(STAMP.format(clock.instant().atZone(clock.getZone()))
                + "-" + file.getFileName());
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
