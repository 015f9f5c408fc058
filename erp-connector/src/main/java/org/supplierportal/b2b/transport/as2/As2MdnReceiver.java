package org.supplierportal.b2b.transport.as2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.helger.as2lib.message.AS2Message;
import com.helger.as2lib.message.AS2MessageMDN;
import com.helger.as2lib.util.AS2Helper;
import com.helger.as2lib.util.AS2HttpHelper;
import com.helger.as2lib.util.AS2ResourceHelper;
import com.helger.commons.http.CHttpHeader;
import com.helger.commons.state.ETriState;
import jakarta.mail.internet.MimeBodyPart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.supplierportal.b2b.log.AsyncMdnLog;
import org.supplierportal.b2b.log.B2bMessageState;
import org.supplierportal.b2b.transport.as2.As2Receiver.As2Reply;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenant.As2Settings;
import org.supplierportal.tenant.SftpLogin;
import org.supplierportal.tenant.TenantChannels;

/**
 * Takes an asynchronous MDN a partner posts for one of the portal's AS2 messages: addressed to the portal's AS2 ID,
 * from a supplier's AS2 ID, its signature checked by as2-lib with the certificate in that supplier's settings (never
 * one inside the MDN), and matched by its Original-Message-ID to the MDN awaited. That entry of the message log then
 * becomes ACKNOWLEDGED or REFUSED ({@link AsyncMdnCheck}). Anything else is answered with a 4xx and changes nothing.
 */
@Component
public class As2MdnReceiver {

    private static final Logger log = LoggerFactory.getLogger(As2MdnReceiver.class);
    private static final int MAX_BYTES = 1024 * 1024;

    private final As2Identity identity;
    private final TenantChannels channels;
    private final CurrentUsers currentUsers;
    private final AsyncMdnLog mdnLog;

    As2MdnReceiver(As2Identity identity, TenantChannels channels, CurrentUsers currentUsers, AsyncMdnLog mdnLog) {
        this.identity = identity;
        this.channels = channels;
        this.currentUsers = currentUsers;
        this.mdnLog = mdnLog;
    }

    /** @param headers the request's headers, each with its values */
    public As2Reply receive(Map<String, List<String>> headers, InputStream body) throws IOException {
        byte[] content = body.readNBytes(MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            return text(413, "An MDN may have at most 1 MB");
        }
        AS2MessageMDN mdn = new AS2MessageMDN(new AS2Message());
        Map<String, String> flat = new LinkedHashMap<>();
        headers.forEach((name, values) -> values.forEach(value -> {
            mdn.headers().addHeader(name, value);
            flat.put(name, value);
        }));
        String from = mdn.getHeader(CHttpHeader.AS2_FROM);
        if (!identity.id().equals(mdn.getHeader(CHttpHeader.AS2_TO))) {
            return text(403, "This MDN is not addressed to the portal's AS2 ID " + identity.id());
        }
        Optional<SftpLogin> partner = from == null ? Optional.empty()
                : currentUsers.runAsSystem("AS2 MDN endpoint", () -> channels.as2Partner(from));
        if (partner.isEmpty()) {
            return text(403, "No supplier sends with the AS2 ID " + from);
        }
        return currentUsers.runAsSystem("AS2 MDN endpoint", () -> take(partner.get().settings().as2(), mdn,
                new MdnPost(flat, content), content));
    }

    private As2Reply take(As2Settings as2, AS2MessageMDN mdn, MdnPost post, byte[] content) {
        AS2Message message = (AS2Message) mdn.getMessage();
        message.partnership().setForceVerify(as2.signedMdn());
        message.partnership().setVerifyUseCertificateInBodyPart(ETriState.FALSE);
        try (AS2ResourceHelper resources = new AS2ResourceHelper()) {
            mdn.setData(new MimeBodyPart(AS2HttpHelper.getAsInternetHeaders(mdn.headers()), content));
            AS2Helper.parseMDN(message, as2.partnerCertificate(), false, null, resources);
        } catch (Exception e) {
            log.warn("Asynchronous MDN from {} refused: {}", as2.partnerId(), e.toString());
            return text(400, "The MDN cannot be read, or is not signed with the certificate in the supplier's settings: "
                    + e.getMessage());
        }
        String original = mdn.attrs().getAsString(AS2MessageMDN.MDNA_ORIG_MESSAGEID);
        Optional<AsyncMdnLog.AwaitedMdn> awaited = original == null ? Optional.empty() : mdnLog.awaited(as2.partnerId(), original);
        if (awaited.isEmpty()) {
            return text(404, "No message the portal sent to " + as2.partnerId() + " awaits an MDN for " + original);
        }
        boolean signed = mdn.attrs().getAsBoolean(AS2Message.ATTRIBUTE_RECEIVED_SIGNED, false);
        AsyncMdnCheck.Verdict verdict = AsyncMdnCheck.verdict(mdn.attrs().getAsString(AS2MessageMDN.MDNA_DISPOSITION),
                awaited.get().expectedMic(), mdn.attrs().getAsString(AS2MessageMDN.MDNA_MIC));
        mdnLog.arrived(awaited.get().id(), verdict.acknowledged() ? B2bMessageState.ACKNOWLEDGED : B2bMessageState.REFUSED,
                "MDN for " + awaited.get().fileName() + " (AS2 message " + original + "), asynchronous: " + verdict.reason()
                        + (signed ? ", signed by the partner's certificate" : ", unsigned"), post.raw());
        return text(200, "MDN received");
    }

    private static As2Reply text(int status, String message) {
        return new As2Reply(status, Map.of("Content-Type", "text/plain; charset=UTF-8"),
                (message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
