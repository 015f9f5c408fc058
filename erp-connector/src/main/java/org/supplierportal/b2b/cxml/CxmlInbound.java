package org.supplierportal.b2b.cxml;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.supplierportal.b2b.B2bProperties;
import org.supplierportal.b2b.EdiPrincipal;
import org.supplierportal.b2b.log.B2bDocument;
import org.supplierportal.b2b.log.B2bMessageState;
import org.supplierportal.b2b.log.B2bMessageView;
import org.supplierportal.b2b.log.MessageLog;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenant.CxmlCredential;
import org.supplierportal.tenant.CxmlLogin;
import org.supplierportal.tenant.TenantChannels;

/**
 * A cXML request posted to the portal, end to end, answered with the synchronous Response. Read (safely), then the
 * partner found by its Sender credential and shared secret only (never by the document's content), its From and To
 * checked, the payloadID taken in once, the ConfirmationRequest (an acknowledgment) or ShipNoticeRequest (an ASN)
 * applied as the partner's EDI principal, and the document and the Response kept in the message log.
 */
@Service
public class CxmlInbound {

    static final String CONFIRMATION = "ConfirmationRequest";
    static final String SHIP_NOTICE = "ShipNoticeRequest";
    private static final Logger log = LoggerFactory.getLogger(CxmlInbound.class);

    private final TenantChannels channels;
    private final CurrentUsers currentUsers;
    private final MessageLog messageLog;
    private final CxmlConfirmationIntake confirmations;
    private final CxmlShipNoticeIntake shipNotices;
    private final B2bProperties properties;
    private final Clock clock;

    CxmlInbound(TenantChannels channels, CurrentUsers currentUsers, MessageLog messageLog,
                CxmlConfirmationIntake confirmations, CxmlShipNoticeIntake shipNotices, B2bProperties properties, Clock clock) {
        this.channels = channels;
        this.currentUsers = currentUsers;
        this.messageLog = messageLog;
        this.confirmations = confirmations;
        this.shipNotices = shipNotices;
        this.properties = properties;
        this.clock = clock;
    }

    /** The Response for a posted document: its status, and the cXML to send back. */
    public record Reply(CxmlStatus status, String cxml) {
    }

    public Reply receive(byte[] body) {
        CxmlDocument document;
        try {
            document = CxmlReader.read(body);
        } catch (CxmlUnreadableException e) {
            log.warn("cXML post refused: the document {}", e.getMessage());
            return reply(CxmlStatus.notAcceptable("The document " + e.getMessage() + "; nothing in it was applied"));
        }
        CxmlCredential sender = document.sender();
        Optional<CxmlLogin> login = currentUsers.runAsSystem("cXML sender",
                () -> channels.cxmlLogin(sender, document.sharedSecret()));
        if (login.isEmpty()) {
            log.warn("cXML payloadID {} refused: no supplier on cXML sends as {}", document.payloadId(), sender);
            return reply(CxmlStatus.unauthorized("The Sender credential " + sender + " is not a supplier's on cXML"));
        }
        CxmlLogin partner = login.get();
        return currentUsers.runAs(EdiPrincipal.of(partner.tenantId(), partner.tenantKey(), partner.tenantName()),
                () -> receiveAsPartner(partner, document, CxmlReader.redacted(new String(body, StandardCharsets.UTF_8))));
    }

    private Reply receiveAsPartner(CxmlLogin partner, CxmlDocument document, String raw) {
        B2bDocument logged = new B2bDocument(partner.tenantId(), B2bDocument.IN, "cXML", document.requestType(),
                partner.settings().cxml().sender().toString(), document.payloadId(), null, null, raw);
        Optional<CxmlStatus> refusal = checkEnvelope(partner, document);
        if (refusal.isPresent()) {
            // Kept without its payloadID as control number: a corrected resend of the same payloadID is then taken in.
            UUID id = messageLog.record(new B2bDocument(logged.tenantId(), logged.direction(), logged.standard(),
                    logged.documentType(), logged.partnerId(), null, null, null, raw), B2bMessageState.REFUSED,
                    "payloadID " + document.payloadId() + ": " + refusal.get().detail(), null, null);
            return answer(partner, id, refusal.get());
        }
        Optional<UUID> received = messageLog.receive(logged);
        if (received.isEmpty()) {
            return reply(repeat(logged));
        }
        UUID id = received.get();
        messageLog.update(id, document.requestType(), B2bMessageState.VALID, "Readable cXML from " + logged.partnerId(), null, null);
        CxmlConfirmationIntake.Applied applied = document.requestType().equals(SHIP_NOTICE) ? shipNotices.apply(document)
                : confirmations.apply(document, partner);
        messageLog.update(id, document.requestType(), applied.status().success() ? B2bMessageState.APPLIED : B2bMessageState.REFUSED,
                applied.status().detail(), applied.orderId(), applied.orderNumber());
        log.info("cXML {} payloadID {} from {}: {} {}", document.requestType(), document.payloadId(), logged.partnerId(),
                applied.status().code(), applied.status().detail());
        return answer(partner, id, applied.status());
    }

    /** What may stop a document before it is taken in, in the order a partner would fix it. */
    private Optional<CxmlStatus> checkEnvelope(CxmlLogin partner, CxmlDocument document) {
        if (!partner.secretMatches()) {
            return Optional.of(CxmlStatus.unauthorized("The shared secret of " + document.sender()
                    + " is wrong; nothing applied"));
        }
        CxmlCredential from = partner.settings().cxml().from();
        if (!from.sameAs(document.from())) {
            return Optional.of(CxmlStatus.forbidden("Sent with another partner's identity: From is " + document.from()
                    + ", but " + partner.tenantName() + " is " + from + "; nothing applied"));
        }
        CxmlCredential buyer = new CxmlCredential(properties.cxml().domain(), properties.cxml().identity());
        if (!buyer.sameAs(document.to())) {
            return Optional.of(CxmlStatus.badRequest("Addressed to " + document.to() + ", not to this portal (" + buyer
                    + "); nothing applied"));
        }
        boolean shipNotice = document.requestType().equals(SHIP_NOTICE);
        if (!shipNotice && !document.requestType().equals(CONFIRMATION)) {
            return Optional.of(CxmlStatus.notImplemented("The portal takes ConfirmationRequest and ShipNoticeRequest"
                    + " documents, not " + document.requestType()));
        }
        if (!partner.settings().exchanges(shipNotice ? org.supplierportal.tenant.B2bDocument.SHIP_NOTICES
                : org.supplierportal.tenant.B2bDocument.ORDER_ACKNOWLEDGMENTS)) {
            return Optional.of(CxmlStatus.forbidden(partner.tenantName() + "'s channel does not exchange "
                    + (shipNotice ? "ship notices" : "order acknowledgments") + "; an admin turns them on on the supplier page"));
        }
        return Optional.empty();
    }

    /** A payloadID received before: applied then, so nothing to do now; or refused then, so a new one is needed. */
    private CxmlStatus repeat(B2bDocument document) {
        Optional<B2bMessageView> first = messageLog.firstReceipt(document.partnerId(), document.interchangeControl());
        if (first.isPresent() && first.get().state() == B2bMessageState.APPLIED) {
            return CxmlStatus.ok("payloadID " + document.interchangeControl() + " was received and applied before: not applied again");
        }
        return CxmlStatus.conflict("payloadID " + document.interchangeControl() + " was received before"
                + first.map(view -> " and " + view.state().name().toLowerCase() + ": " + view.detail()).orElse("")
                + "; send a corrected document with a new payloadID");
    }

    /** The Response, kept in the log as the document that answered the inbound one. */
    private Reply answer(CxmlLogin partner, UUID inbound, CxmlStatus status) {
        Reply reply = reply(status);
        UUID sent = messageLog.record(new B2bDocument(partner.tenantId(), B2bDocument.OUT, "cXML", "Response",
                partner.settings().cxml().sender().toString(), null, null, null, reply.cxml()), B2bMessageState.SENT,
                "Response " + status.code() + " " + status.text(), null, null);
        messageLog.link(inbound, sent);
        return reply;
    }

    private Reply reply(CxmlStatus status) {
        return new Reply(status, CxmlResponses.write(status, properties.cxml().payloadIdDomain(), OffsetDateTime.now(clock)));
    }
}
