package org.supplierportal.b2b.transport;

import java.util.Optional;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.supplierportal.b2b.OutboundDrop;
import org.supplierportal.b2b.log.B2bDocument;
import org.supplierportal.b2b.log.B2bMessageState;
import org.supplierportal.b2b.log.MessageLog;
import org.supplierportal.b2b.transport.as2.As2Sender;
import org.supplierportal.tenant.SftpLogin;
import org.supplierportal.tenant.TenantChannels;

/**
 * Sends a document by the partner's transport: by AS2 to a supplier on AS2 (its MDN recorded in the message log, or
 * for a partner answering asynchronously, the MDN awaited),
 * otherwise into its SFTP out folder. An AS2 document the partner did not take throws, so the order event that
 * caused it stays incomplete in the outbox and is sent again later rather than lost.
 */
@Primary
@Component
class PartnerOutboundDrop implements OutboundDrop {

    private final TenantChannels channels;
    private final SftpFolders folders;
    private final As2Sender as2;
    private final MessageLog messageLog;

    PartnerOutboundDrop(TenantChannels channels, SftpFolders folders, As2Sender as2, MessageLog messageLog) {
        this.channels = channels;
        this.folders = folders;
        this.as2 = as2;
        this.messageLog = messageLog;
    }

    @Override
    public void deliver(String tenantKey, String fileName, String content) {
        Optional<SftpLogin> partner = channels.as2Login(tenantKey);
        if (partner.isEmpty()) {
            folders.deliver(tenantKey, fileName, content);
            return;
        }
        As2Sender.Receipt receipt = as2.send(partner.get(), fileName, content);
        if (receipt.mdnAwaited()) {
            return; // logged by the sender as awaited, before its post
        }
        messageLog.record(new B2bDocument(partner.get().tenantId(), B2bDocument.IN, "AS2", "MDN",
                        partner.get().settings().as2().partnerId(), receipt.mdnMessageId(), null, fileName, receipt.mdnText()),
                B2bMessageState.ACKNOWLEDGED, "MDN for " + fileName + " (AS2 message " + receipt.messageId() + "): "
                        + receipt.disposition() + (receipt.signed() ? ", signed by the partner's certificate" : ", unsigned"),
                null, null);
    }
}
