package org.supplierportal.b2b.edifact;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.supplierportal.b2b.B2bProperties;
import org.supplierportal.b2b.ChannelInbound;
import org.supplierportal.b2b.EdiPrincipal;
import org.supplierportal.b2b.InboundDocuments.InboundOutcome;
import org.supplierportal.b2b.log.B2bDocument;
import org.supplierportal.b2b.log.B2bMessageState;
import org.supplierportal.b2b.log.MessageLog;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenant.B2bChannel;
import org.supplierportal.tenant.ChannelSettings;
import org.supplierportal.tenant.SftpLogin;

/**
 * An EDIFACT interchange from a partner, end to end: read and validated with StAEDI, checked against the partner's
 * identifiers (the tenant is the authenticated partner's, the UNB sender must be its identification, the recipient
 * the portal's), taken in once per interchange control reference, each ORDRSP applied as the supplier's
 * acknowledgment and each DESADV as its ASN, a CONTRL sent back, all in the log. Runs as the partner's EDI principal, so every read and write is
 * scoped to its own supplier.
 */
@Component
class EdifactInbound implements ChannelInbound {

    static final String STANDARD = "EDIFACT";
    /** Message type and directory the portal takes in; a CONTRL is the partner's answer to our ORDERS. */
    static final Set<String> SUPPORTED = Set.of("ORDRSP:D96A", "ORDRSP:D01B", "DESADV:D96A", "DESADV:D01B", "CONTRL:D3");
    private static final Set<String> WITHOUT_SHIP_NOTICES = Set.of("ORDRSP:D96A", "ORDRSP:D01B", "CONTRL:D3");
    private static final Logger log = LoggerFactory.getLogger(EdifactInbound.class);

    private final MessageLog messageLog;
    private final EdifactAcknowledgmentIntake acknowledgments;
    private final EdifactShipNoticeIntake shipNotices;
    private final EdifactAnswers answers;
    private final CurrentUsers currentUsers;
    private final B2bProperties properties;

    EdifactInbound(MessageLog messageLog, EdifactAcknowledgmentIntake acknowledgments, EdifactShipNoticeIntake shipNotices,
                   EdifactAnswers answers, CurrentUsers currentUsers, B2bProperties properties) {
        this.messageLog = messageLog;
        this.acknowledgments = acknowledgments;
        this.shipNotices = shipNotices;
        this.answers = answers;
        this.currentUsers = currentUsers;
        this.properties = properties;
    }

    /** What this partner may send: DESADV only when its channel exchanges ship notices (else its CONTRL rejects it). */
    static Set<String> supported(ChannelSettings settings) {
        return settings.exchanges(org.supplierportal.tenant.B2bDocument.SHIP_NOTICES) ? SUPPORTED : WITHOUT_SHIP_NOTICES;
    }

    @Override
    public B2bChannel channel() {
        return B2bChannel.EDIFACT;
    }

    @Override
    public InboundOutcome receive(SftpLogin partner, String fileName, byte[] content) {
        return currentUsers.runAs(EdiPrincipal.of(partner), () -> receiveAsPartner(partner, fileName, content));
    }

    private InboundOutcome receiveAsPartner(SftpLogin partner, String fileName, byte[] content) {
        ChannelSettings settings = partner.settings();
        String partnerId = EdifactAnswers.partnerId(settings);
        String raw = new String(content, StandardCharsets.ISO_8859_1);
        EdifactInterchange interchange;
        try {
            interchange = EdifactReader.read(content);
        } catch (EdifactUnreadableException e) {
            InboundOutcome refused = refuse(new B2bDocument(partner.tenantId(), B2bDocument.IN, STANDARD, "?", partnerId,
                    e.envelope().map(EdifactInterchange::controlReference).orElse(null), null, fileName, raw),
                    "The file " + e.getMessage() + "; nothing in it was applied");
            // With its UNB read, the partner still gets its CONTRL: the interchange rejected as a whole.
            e.envelope().ifPresent(envelope -> answers.sendContrl(partner, envelope, null, EdifactSyntaxErrors.UNSPECIFIED));
            return refused;
        }
        String type = interchange.messages().isEmpty() ? "?" : interchange.messages().get(0).type();
        B2bDocument document = new B2bDocument(partner.tenantId(), B2bDocument.IN, STANDARD, type, partnerId,
                interchange.controlReference(), null, fileName, raw);
        Optional<String> notFromPartner = wrongParties(interchange, partner);
        if (notFromPartner.isPresent()) {
            InboundOutcome refused = refuse(document, notFromPartner.get());
            answers.sendContrl(partner, interchange, null, senderMatches(interchange, settings)
                    ? EdifactSyntaxErrors.RECIPIENT_NOT_ACTUAL_RECIPIENT : EdifactSyntaxErrors.UNKNOWN_SENDER);
            return refused;
        }
        Optional<UUID> received = messageLog.receive(document);
        if (received.isEmpty()) {
            answers.sendContrl(partner, interchange, null, EdifactSyntaxErrors.DUPLICATE_DETECTED);
            return new InboundOutcome(false, "interchange " + interchange.controlReference() + " is a repeat: not applied again");
        }
        UUID id = received.get();
        if (interchange.valid()) {
            messageLog.update(id, type, B2bMessageState.VALID, "Valid EDIFACT: every message passed StAEDI's validation",
                    null, null);
        }
        List<String> outcomes = new ArrayList<>();
        boolean refused = !interchange.envelopeProblems().isEmpty();
        interchange.envelopeProblems().forEach(problem -> outcomes.add("Envelope: " + problem.describe()));
        EdifactAcknowledgmentIntake.Applied lastApplied = null;
        boolean onlyContrl = !interchange.messages().isEmpty();
        for (EdifactMessage message : refused ? List.<EdifactMessage>of() : interchange.messages()) {
            onlyContrl &= message.type().equals("CONTRL");
            Integer rejection = ContrlMapping.rejection(message, supported(settings));
            if (rejection != null) {
                refused = true;
                outcomes.add(describeRejection(message, rejection, partner));
            } else if (message.type().equals("CONTRL")) {
                outcomes.add(answers.takeContrl(partnerId, message, id));
            } else {
                EdifactAcknowledgmentIntake.Applied applied = message.type().equals("DESADV") ? shipNotices.apply(message)
                        : acknowledgments.apply(message, interchange, partner);
                refused |= !applied.applied();
                outcomes.add(applied.summary());
                lastApplied = applied.applied() || lastApplied == null ? applied : lastApplied;
            }
        }
        String detail = String.join("\n", outcomes);
        messageLog.update(id, type, refused ? B2bMessageState.REFUSED : B2bMessageState.APPLIED, detail,
                lastApplied == null ? null : lastApplied.orderId(), lastApplied == null ? null : lastApplied.orderNumber());
        if (!onlyContrl || refused) {
            // A CONTRL is never answered with a CONTRL unless it could not be taken.
            answers.sendContrl(partner, interchange, id, null);
        }
        log.info("EDIFACT interchange {} from {} ({}): {}", interchange.controlReference(), partnerId, fileName,
                refused ? "refused" : "applied");
        return new InboundOutcome(!refused, detail);
    }

    /** Why the interchange is not the partner's to the portal, in words; empty when both UNB parties are right. */
    private Optional<String> wrongParties(EdifactInterchange interchange, SftpLogin partner) {
        ChannelSettings settings = partner.settings();
        if (!senderMatches(interchange, settings)) {
            return Optional.of("Sent with another partner's identifiers: the UNB sender is " + interchange.senderQualifier()
                    + ":" + interchange.senderId() + ", but " + partner.tenantName() + " is "
                    + EdifactAnswers.partnerId(settings) + "; nothing applied");
        }
        B2bProperties.Edifact ours = properties.edifact();
        boolean forUs = interchange.recipientId().equalsIgnoreCase(ours.unbId())
                && (interchange.recipientQualifier().isEmpty() || interchange.recipientQualifier().equalsIgnoreCase(ours.unbQualifier()));
        return forUs ? Optional.empty() : Optional.of("Not addressed to the portal: the UNB recipient is "
                + interchange.recipientQualifier() + ":" + interchange.recipientId() + ", the portal is "
                + ours.unbQualifier() + ":" + ours.unbId() + "; nothing applied");
    }

    private static boolean senderMatches(EdifactInterchange interchange, ChannelSettings settings) {
        return interchange.senderId().equalsIgnoreCase(settings.isaId())
                && interchange.senderQualifier().equalsIgnoreCase(settings.isaQualifier());
    }

    private InboundOutcome refuse(B2bDocument document, String why) {
        messageLog.record(document, B2bMessageState.REFUSED, why, null, null);
        log.warn("EDIFACT file {} from {} refused: {}", document.fileName(), document.partnerId(), why);
        return new InboundOutcome(false, why);
    }

    private static String describeRejection(EdifactMessage message, int code, SftpLogin partner) {
        StringBuilder text = new StringBuilder(message.type() + " " + message.reference() + " refused: ");
        if (message.valid() && SUPPORTED.contains(message.type() + ":" + message.version())) {
            return text.append(partner.tenantName()).append("'s channel does not exchange ship notices; an admin turns them")
                    .append(" on on the supplier page (CONTRL code ").append(code).append("); nothing recorded").toString();
        }
        if (message.valid()) {
            return text.append("the portal does not take ").append(message.type()).append(' ').append(message.version())
                    .append(" messages (CONTRL code ").append(code).append(')').toString();
        }
        message.problems().forEach(problem -> text.append(problem.describe()).append("; "));
        return text.append("nothing of it was recorded").toString();
    }
}
