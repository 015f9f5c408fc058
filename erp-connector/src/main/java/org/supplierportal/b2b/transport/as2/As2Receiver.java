package org.supplierportal.b2b.transport.as2;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.helger.as2lib.exception.AS2Exception;
import com.helger.as2lib.message.AS2Message;
import com.helger.as2lib.processor.CNetAttribute;
import com.helger.as2lib.processor.DefaultMessageProcessor;
import com.helger.as2lib.processor.receiver.AS2ReceiverModule;
import com.helger.as2lib.processor.receiver.net.AS2ReceiverHandler;
import com.helger.as2lib.session.AS2Session;
import com.helger.as2lib.util.http.HTTPHelper;
import com.helger.as2lib.util.http.IAS2HttpRequestDataProvider;
import com.helger.commons.http.CHttpHeader;
import com.helger.commons.http.HttpHeaderMap;
import jakarta.activation.DataSource;
import jakarta.mail.MessagingException;
import org.springframework.stereotype.Component;
import org.supplierportal.b2b.InboundDocuments;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenant.SftpLogin;
import org.supplierportal.tenant.TenantChannels;

/**
 * Takes one AS2 message as the HTTP endpoint received it and returns the HTTP answer, a synchronous MDN signed with
 * the portal's key: processed when the payload reached the inbound documents, processed/error with the reason when
 * the partner is unknown, the signature is not the partner's or the payload could not be taken in. When the partner
 * asked for its MDN asynchronously, the answer is an empty HTTP 200 and the same signed MDN goes to the partner's URL
 * afterwards ({@link As2AsyncMdns}). as2-lib does the S/MIME work; the partner comes from the channel settings (its
 * AS2-From), never from the document.
 */
@Component
public class As2Receiver {

    /** What the endpoint answers: an HTTP status, headers and body. */
    public record As2Reply(int status, Map<String, String> headers, byte[] body) {
    }

    static final int MAX_BYTES = 20 * 1024 * 1024;

    private final AS2ReceiverHandler handler;

    As2Receiver(As2Identity identity, TenantChannels channels, CurrentUsers currentUsers, InboundDocuments documents,
                As2AsyncMdns asyncMdns) {
        Function<String, Optional<SftpLogin>> partners = as2Id -> currentUsers.runAsSystem("AS2 endpoint",
                () -> channels.as2Partner(as2Id));
        AS2ReceiverModule module = new AS2ReceiverModule();
        try {
            AS2Session session = new AS2Session();
            session.setCryptoVerifyUseCertificateInBodyPart(false);
            session.setCertificateFactory(new As2Certificates(identity));
            session.setPartnershipFactory(new As2Partnerships(identity, partners));
            DefaultMessageProcessor processor = new DefaultMessageProcessor();
            processor.addModule(new As2Inbox(documents, partners));
            processor.addModule(new As2AsyncMdnModule(asyncMdns, partners, currentUsers));
            session.setMessageProcessor(processor);
            module.initDynamicComponent(session, null);
        } catch (AS2Exception e) {
            throw new IllegalStateException("the AS2 receiver cannot start: " + e.getMessage(), e);
        }
        this.handler = module.createHandler();
        this.handler.setSendExceptionsInMDN(true);
    }

    /**
     * @param headers the request's headers, each with its values
     * @param body    at most {@link #MAX_BYTES} bytes of it are read
     */
    public As2Reply receive(String client, String method, String url, Map<String, List<String>> headers, InputStream body)
            throws IOException {
        byte[] content = body.readNBytes(MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            return new As2Reply(413, Map.of("Content-Type", "text/plain"), "An AS2 message may have at most 20 MB\n".getBytes());
        }
        HttpHeaderMap map = new HttpHeaderMap();
        headers.forEach((name, values) -> values.forEach(value -> map.addHeader(name, value)));
        map.removeHeaders(CHttpHeader.TRANSFER_ENCODING); // the servlet container has taken the chunks apart already
        map.setContentLength(content.length);
        AS2Message message = new AS2Message();
        message.attrs().putIn(CNetAttribute.MA_SOURCE_IP, client);
        message.attrs().putIn(AS2Message.ATTRIBUTE_RECEIVED, true);
        Answer answer = new Answer();
        DataSource data;
        try {
            data = HTTPHelper.readAndDecodeHttpRequest(new Request(method, url, map, content), answer::send, message, null);
        } catch (MessagingException e) {
            return new As2Reply(400, Map.of("Content-Type", "text/plain"), ("Not an AS2 message: " + e.getMessage() + "\n").getBytes());
        }
        handler.handleIncomingMessage(client, data, message, answer::send);
        return answer.reply();
    }

    private record Request(String method, String url, HttpHeaderMap headers, byte[] content) implements IAS2HttpRequestDataProvider {

        @Override
        public InputStream getHttpInputStream() {
            return new ByteArrayInputStream(content);
        }

        @Override
        public boolean isChunkedEncodingAlreadyProcessed() {
            return true;
        }

        @Override
        public String getHttpRequestMethod() {
            return method;
        }

        @Override
        public String getHttpRequestUrl() {
            return url;
        }

        @Override
        public String getHttpRequestVersion() {
            return "HTTP/1.1";
        }

        @Override
        public HttpHeaderMap getHttpHeaderMap() {
            return headers;
        }
    }

    /** The answer as2-lib writes: kept until the endpoint sends it. */
    private static final class Answer {

        private As2Reply reply = new As2Reply(500, Map.of(), new byte[0]);

        void send(int status, HttpHeaderMap headers, com.helger.commons.io.IWriteToStream data) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            data.writeTo(body);
            Map<String, String> flat = new LinkedHashMap<>();
            // as2-lib folds long values (the MDN's Content-Type) over lines, which servlet containers refuse: unfolded
            headers.forEachSingleHeader((name, value) -> flat.put(name, value.replaceAll("\\r?\\n[ \\t]*", " ")), false);
            reply = new As2Reply(status, flat, body.toByteArray());
        }

        As2Reply reply() {
            return reply;
        }
    }
}
