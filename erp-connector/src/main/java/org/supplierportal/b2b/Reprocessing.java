package org.supplierportal.b2b;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.supplierportal.b2b.log.MessageLog;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenant.SftpLogin;
import org.supplierportal.tenant.TenantChannels;

/**
 * Takes a refused inbound EDI document in again, exactly as it was received, once an admin has fixed what made the
 * portal refuse it (a supplier's identifiers, the documents it may send, a missing order). It goes the whole way a
 * newly received document goes (identifiers, validation, tolerances, functional acknowledgment), checked against the
 * supplier's settings as they are now; the first entry stays in the log as REPROCESSED.
 */
@Service
public class Reprocessing {

    private final MessageLog messageLog;
    private final TenantChannels channels;
    private final InboundDocuments documents;
    private final CurrentUsers currentUsers;

    Reprocessing(MessageLog messageLog, TenantChannels channels, InboundDocuments documents, CurrentUsers currentUsers) {
        this.messageLog = messageLog;
        this.channels = channels;
        this.documents = documents;
        this.currentUsers = currentUsers;
    }

    /**
     * @return what became of the document this time
     * @throws ReprocessRefusedException when the entry cannot be taken in again, with the reason
     */
    @PreAuthorize("hasRole('ADMIN')")
    public InboundDocuments.InboundOutcome reprocess(UUID messageId) {
        String by = currentUsers.require().username();
        MessageLog.RefusedDocument refused = messageLog.refused(messageId).orElseThrow(() -> new ReprocessRefusedException(
                ReprocessRefusedException.Reason.NOT_REFUSED, "Only a refused document a supplier's system sent by EDI can be"
                        + " taken in again; this one is not refused (any more), or came by cXML, whose sender posts it again", null));
        SftpLogin partner = channels.ediPartner(refused.tenantId()).orElseThrow(() -> new ReprocessRefusedException(
                ReprocessRefusedException.Reason.NOT_ON_EDI, "The supplier is no longer active on X12 or EDIFACT: set its"
                        + " EDI channel on its page first", null));
        if (!messageLog.markReprocessed(messageId, by)) {
            throw new ReprocessRefusedException(ReprocessRefusedException.Reason.TAKEN_IN_ALREADY,
                    "Someone took this document in again a moment ago: see the newer entry", null);
        }
        // The log keeps an EDI document's text as its bytes read one to one (ISO-8859-1), so this gives them back.
        byte[] content = refused.raw().getBytes(StandardCharsets.ISO_8859_1);
        // On a thread of its own, as a transport's worker: taking a document in runs as the partner, and doing that on
        // the admin's screen thread replaced the admin's log-in in the browser session with the partner's.
        try (ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("b2b-reprocess").factory())) {
            return worker.submit(() -> documents.receive(partner, refused.fileName(), content)).get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ReprocessRefusedException(ReprocessRefusedException.Reason.FAILED,
                    "Interrupted while taking the document in again", interrupted);
        } catch (ExecutionException failed) {
            throw new ReprocessRefusedException(ReprocessRefusedException.Reason.FAILED,
                    "Taking the document in again failed: " + failed.getCause().getMessage(), failed.getCause());
        }
    }
}
