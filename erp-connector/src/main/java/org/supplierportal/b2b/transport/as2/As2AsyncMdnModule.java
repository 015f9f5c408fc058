package org.supplierportal.b2b.transport.as2;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.helger.as2lib.exception.AS2Exception;
import com.helger.as2lib.message.AS2Message;
import com.helger.as2lib.message.AS2MessageMDN;
import com.helger.as2lib.message.IMessage;
import com.helger.as2lib.message.IMessageMDN;
import com.helger.as2lib.processor.module.AbstractProcessorModule;
import com.helger.as2lib.processor.sender.IProcessorSenderModule;
import jakarta.mail.MessagingException;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenant.SftpLogin;

/**
 * What as2-lib calls, after it answered the partner's post with an empty HTTP 200, when the partner asked for its MDN
 * asynchronously (Receipt-Delivery-Option): the signed MDN as2-lib made is handed to {@link As2AsyncMdns}, which keeps
 * it and posts it reliably. Only for a partner the channel settings know: an AS2-From no supplier has gets no MDN
 * posted anywhere, so a stranger cannot make the portal post to an address of its choosing.
 */
class As2AsyncMdnModule extends AbstractProcessorModule implements IProcessorSenderModule {

    private final As2AsyncMdns mdns;
    private final Function<String, Optional<SftpLogin>> partners;
    private final CurrentUsers currentUsers;

    As2AsyncMdnModule(As2AsyncMdns mdns, Function<String, Optional<SftpLogin>> partners, CurrentUsers currentUsers) {
        this.mdns = mdns;
        this.partners = partners;
        this.currentUsers = currentUsers;
    }

    @Override
    public boolean canHandle(String action, IMessage message, Map<String, Object> options) {
        return DO_SEND_ASYNC_MDN.equals(action) && message instanceof AS2Message;
    }

    @Override
    public void handle(String action, IMessage message, Map<String, Object> options) throws AS2Exception {
        AS2Message received = (AS2Message) message;
        SftpLogin partner = partners.apply(received.partnership().getSenderAS2ID())
                .filter(known -> known.tenantKey().equals(received.partnership().getName()))
                .orElseThrow(() -> new AS2Exception("no asynchronous MDN for " + received.partnership().getSenderAS2ID()
                        + ": no supplier sends with that AS2 ID"));
        IMessageMDN mdn = received.getMDN();
        String url = received.getAsyncMDNurl();
        MdnPost post = post(mdn);
        String what = "Asynchronous MDN " + mdn.attrs().getAsString(AS2MessageMDN.MDNA_DISPOSITION) + " for "
                + As2Inbox.fileName(received) + " (AS2 message " + received.getMessageID() + ")";
        String partnerId = partner.settings().as2().partnerId();
        currentUsers.runAsSystem("AS2 endpoint", () -> {
            if (postable(url)) {
                mdns.queue(partner.tenantId(), partnerId, mdn.getMessageID(), post, url, what);
            } else {
                mdns.refuse(partner.tenantId(), partnerId, mdn.getMessageID(), post, url, what);
            }
        });
    }

    private static boolean postable(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static MdnPost post(IMessageMDN mdn) throws AS2Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        mdn.headers().forEachSingleHeader(headers::put, false);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (InputStream in = mdn.getData().getInputStream()) {
            in.transferTo(body);
        } catch (IOException | MessagingException e) {
            throw new AS2Exception("the MDN cannot be read for sending: " + e.getMessage(), e);
        }
        return new MdnPost(headers, body.toByteArray());
    }
}
