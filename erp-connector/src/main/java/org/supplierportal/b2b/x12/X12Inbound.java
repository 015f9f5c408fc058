package org.supplierportal.b2b.x12;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.supplierportal.b2b.EdiPrincipal;
import org.supplierportal.b2b.ChannelInbound;
import org.supplierportal.b2b.InboundDocuments.InboundOutcome;
import org.supplierportal.b2b.log.B2bDocument;
import org.supplierportal.b2b.log.B2bMessageState;
import org.supplierportal.b2b.log.MessageLog;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenant.B2bChannel;
import org.supplierportal.tenant.ChannelSettings;
import org.supplierportal.tenant.SftpLogin;

/**
 * An X12 interchange from a partner, end to end: read and validated with StAEDI, checked against the partner's
 * identifiers (the tenant is the authenticated partner's, the ISA sender must be its ID), taken in once per
 * interchange control number, each 855 applied as the supplier's acknowledgment and each 856 as its ASN, a 997 (a
 * 999 for a partner on 005010) sent back, all in the log.
 * Runs as the partner's EDI principal, so every read and write is scoped to its own supplier.
 */
@Component
class X12Inbound implements ChannelInbound {

    static final Set<String> SUPPORTED = Set.of("855", "856", "997", "999");
    private static final Logger log = LoggerFactory.getLogger(X12Inbound.class);

    private final MessageLog messageLog;
    private final X12AcknowledgmentIntake acknowledgments;
    private final X12ShipNoticeIntake shipNotices;
    private final X12Answers answers;
    private final CurrentUsers currentUsers;

    X12Inbound(MessageLog messageLog, X12AcknowledgmentIntake acknowledgments, X12ShipNoticeIntake shipNotices,
               X12Answers answers, CurrentUsers currentUsers) {
        this.messageLog = messageLog;
        this.acknowledgments = acknowledgments;
        this.shipNotices = shipNotices;
        this.answers = answers;
        this.currentUsers = currentUsers;
    }

    @Override
    public B2bChannel channel() {
        return B2bChannel.X12;
    }

    @Override
    public InboundOutcome receive(SftpLogin partner, String fileName, byte[] content) {
        return currentUsers.runAs(EdiPrincipal.of(partner), () -> receiveAsPartner(partner, fileName, content));
    }

    private InboundOutcome receiveAsPartner(SftpLogin partner, String fileName, byte[] content) {
        ChannelSettings settings = partner.settings();
        String partnerId = settings.isaQualifier() + ":" + settings.isaId();
        String raw = new String(content, StandardCharsets.ISO_8859_1);
        X12Interchange interchange;
        try {
            interchange = X12Reader.read(content);
        } catch (X12UnreadableException e) {
            return refuse(new B2bDocument(partner.tenantId(), B2bDocument.IN, "X12", "?", partnerId, null, null, fileName, raw),
                    "The file " + e.getMessage() + "; nothing in it was applied");
        }
        String type = interchange.transactions().isEmpty() ? "?" : interchange.transactions().get(0).type();
        B2bDocument document = new B2bDocument(partner.tenantId(), B2bDocument.IN, "X12", type, partnerId,
                interchange.controlNumber(), interchange.groupControlNumber(), fileName, raw);
        if (!interchange.senderQualifier().equalsIgnoreCase(settings.isaQualifier())
                || !interchange.senderId().equalsIgnoreCase(settings.isaId())) {
            return refuse(document, "Sent with another partner's identifiers: ISA05/06 are " + interchange.senderQualifier()
                    + ":" + interchange.senderId() + ", but " + partner.tenantName() + " is " + partnerId + "; nothing applied");
        }
        Optional<UUID> received = messageLog.receive(document);
        if (received.isEmpty()) {
            answers.sendAcknowledgment(partner, interchange, null);
            return new InboundOutcome(false, "interchange " + interchange.controlNumber() + " is a repeat: not applied again");
        }
        UUID id = received.get();
        if (interchange.valid()) {
            messageLog.update(id, type, B2bMessageState.VALID, "Valid X12: every transaction set passed StAEDI's validation", null, null);
        }
        List<String> outcomes = new ArrayList<>();
        boolean refused = !interchange.envelopeProblems().isEmpty();
        interchange.envelopeProblems().forEach(problem -> outcomes.add("Envelope: " + problem));
        X12AcknowledgmentIntake.Applied lastApplied = null;
        if (!refused) {
            for (X12Transaction transaction : interchange.transactions()) {
                Integer rejection = FunctionalAckMapping.rejection(transaction, SUPPORTED);
                if (rejection != null) {
                    refused = true;
                    outcomes.add(describeRejection(transaction, rejection));
                    continue;
                }
                if (transaction.type().equals("997") || transaction.type().equals("999")) {
                    outcomes.add(answers.takeAcknowledgment(partnerId, transaction, id));
                    continue;
                }
                X12AcknowledgmentIntake.Applied applied = transaction.type().equals("856")
                        ? shipNotices.apply(transaction, interchange, partner)
                        : acknowledgments.apply(transaction, interchange, partner);
                refused |= !applied.applied();
                outcomes.add(applied.summary());
                lastApplied = applied.applied() ? applied : lastApplied == null ? applied : lastApplied;
            }
        }
        String detail = String.join("\n", outcomes);
        messageLog.update(id, type, refused ? B2bMessageState.REFUSED : B2bMessageState.APPLIED, detail,
                lastApplied == null ? null : lastApplied.orderId(), lastApplied == null ? null : lastApplied.orderNumber());
        answers.sendAcknowledgment(partner, interchange, id);
        log.info("X12 interchange {} from {} ({}): {}", interchange.controlNumber(), partnerId, fileName,
                refused ? "refused" : "applied");
        return new InboundOutcome(!refused, detail);
    }

    private InboundOutcome refuse(B2bDocument document, String why) {
        messageLog.record(document, B2bMessageState.REFUSED, why, null, null);
        log.warn("X12 file {} from {} refused: {}", document.fileName(), document.partnerId(), why);
        return new InboundOutcome(false, why);
    }

    private static String describeRejection(X12Transaction transaction, int code) {
        StringBuilder text = new StringBuilder(transaction.type() + " " + transaction.controlNumber() + " refused: ");
        if (code == X12ErrorCodes.SET_NOT_SUPPORTED) {
            return text.append("the portal does not take ").append(transaction.type()).append(" documents").toString();
        }
        if (transaction.envelopeError() != null) {
            text.append(code == X12ErrorCodes.SEGMENT_COUNT_MISMATCH ? "SE01 does not match the number of segments"
                    : "ST02 and SE02 differ").append("; ");
        }
        transaction.problems().forEach(problem -> text.append(problem.describe()).append("; "));
        return text.append("nothing of it was recorded").toString();
    }
}
