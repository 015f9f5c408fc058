package org.supplierportal.b2b.transport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supplierportal.b2b.InboundDocuments;
import org.supplierportal.tenant.SftpLogin;

/**
 * Takes a file a partner finished uploading into its {@code in} folder: processed on a worker thread (the partner's
 * SFTP session is not held up), then archived. Names ending in {@code .part} are uploads still under way.
 */
class SftpPickup implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SftpPickup.class);

    private final SftpFolders folders;
    private final InboundDocuments documents;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("sftp-pickup").factory());

    SftpPickup(SftpFolders folders, InboundDocuments documents) {
        this.folders = folders;
        this.documents = documents;
    }

    /**
     * @param virtualPath the path as the partner sees it in its jail ({@code /in/855-0001.edi}), normalized here
     */
    void uploaded(SftpLogin partner, String virtualPath) {
        Path relative = Path.of("/").resolve(virtualPath).normalize();
        if (relative.getNameCount() != 2 || !relative.getName(0).toString().equals("in")
                || relative.getFileName().toString().endsWith(".part")) {
            return;
        }
        Path file = folders.home(partner.tenantKey()).resolve("in").resolve(relative.getFileName().toString());
        worker.submit(() -> process(partner, file));
    }

    /** Every finished file already in an in folder, e.g. dropped before a restart. */
    void waiting(SftpLogin partner, Path in) {
        try (var files = Files.list(in)) {
            files.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().endsWith(".part")).sorted()
                    .forEach(file -> worker.submit(() -> process(partner, file)));
        } catch (IOException e) {
            log.error("The in folder {} of {} cannot be read", in, partner.tenantKey(), e);
        }
    }

    private void process(SftpLogin partner, Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return;
            }
            InboundDocuments.InboundOutcome outcome = documents.receive(partner, file.getFileName().toString(),
                    Files.readAllBytes(file));
            folders.archive(partner.tenantKey(), file);
            log.info("SFTP file {} of {} taken in: {}", file.getFileName(), partner.tenantKey(), outcome.summary());
        } catch (IOException | RuntimeException e) {
            log.error("SFTP file {} of {} could not be taken in; it stays in the in folder", file.getFileName(),
                    partner.tenantKey(), e);
        }
    }

    @Override
    public void close() {
        worker.close();
    }
}
