package org.supplierportal.b2b.transport.as2;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.helger.as2lib.exception.AS2Exception;
import com.helger.as2lib.message.IMessage;
import com.helger.as2lib.processor.module.AbstractProcessorModule;
import com.helger.as2lib.processor.storage.IProcessorStorageModule;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supplierportal.b2b.InboundDocuments;
import org.supplierportal.tenant.SftpLogin;

/**
 * Where as2-lib puts a message it decrypted and whose signature it checked: the payload goes to the same inbound
 * documents as an SFTP file, for the supplier the partnership named. A document the 997 refuses is still received
 * (the MDN says the message arrived intact); only a failure to take it in makes the MDN an error.
 */
class As2Inbox extends AbstractProcessorModule implements IProcessorStorageModule {

    private static final Logger log = LoggerFactory.getLogger(As2Inbox.class);
    private static final int MAX_BYTES = 16 * 1024 * 1024;

    private final InboundDocuments documents;
    private final Function<String, Optional<SftpLogin>> partners;

    As2Inbox(InboundDocuments documents, Function<String, Optional<SftpLogin>> partners) {
        this.documents = documents;
        this.partners = partners;
    }

    @Override
    public boolean canHandle(String action, IMessage message, Map<String, Object> options) {
        return DO_STORE.equals(action);
    }

    @Override
    public void handle(String action, IMessage message, Map<String, Object> options) throws AS2Exception {
        SftpLogin partner = partners.apply(message.partnership().getSenderAS2ID())
                .orElseThrow(() -> new AS2Exception("the partner " + message.partnership().getSenderAS2ID() + " is gone"));
        byte[] payload;
        try (InputStream in = message.getData().getInputStream()) {
            payload = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException | MessagingException e) {
            throw new AS2Exception("the payload cannot be read: " + e.getMessage(), e);
        }
        if (payload.length > MAX_BYTES) {
            throw new AS2Exception("a document may have at most 16 MB");
        }
        try {
            InboundDocuments.InboundOutcome outcome = documents.receive(partner, fileName(message), payload);
            log.info("AS2 message {} of {} taken in: {}", message.getMessageID(), partner.tenantKey(), outcome.summary());
        } catch (RuntimeException e) {
            log.error("AS2 message {} of {} could not be taken in", message.getMessageID(), partner.tenantKey(), e);
            throw new AS2Exception("the document could not be taken in: " + e.getMessage(), e);
        }
    }

    /** The file name the partner gave (Content-Disposition), else one from the message ID; for the message log. */
    static String fileName(IMessage message) {
        String given = null;
        try {
            given = message.getData().getFileName();
        } catch (MessagingException e) {
            // no usable Content-Disposition: named by the message ID below
        }
        String name = given != null && !given.isBlank() ? given : "as2-" + message.getMessageID() + ".edi";
        return name.replaceAll("[^A-Za-z0-9._@-]", "_");
    }
}
