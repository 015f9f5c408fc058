package org.supplierportal.b2b.transport.as2;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.helger.as2lib.message.AS2Message;
import com.helger.as2lib.message.AS2MessageMDN;
import com.helger.as2lib.util.AS2Helper;
import com.helger.as2lib.util.AS2HttpHelper;
import com.helger.as2lib.util.AS2ResourceHelper;
import com.helger.commons.http.CHttpHeader;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeBodyPart;

/**
 * The supplier's URL for asynchronous MDNs: a plain JDK HTTP server whose every MDN is read and its signature checked
 * by as2-lib's own MDN parsing against the portal's certificate, as the supplier's AS2 system does. It can be "down"
 * (answering 503) to show the portal tries again.
 */
final class As2AsyncMdnInbox implements AutoCloseable {

    /** An MDN that arrived and whose signature as2-lib verified with the portal's certificate. */
    record VerifiedMdn(String as2From, String as2To, String originalMessageId, String disposition, String mic,
                       X509Certificate signedWith) {
    }

    final List<VerifiedMdn> verified = new CopyOnWriteArrayList<>();
    final List<String> unreadable = new CopyOnWriteArrayList<>();
    final AtomicInteger refusedWhileDown = new AtomicInteger();
    final AtomicBoolean down = new AtomicBoolean();
    private final X509Certificate portalCertificate;
    private final HttpServer server;

    As2AsyncMdnInbox(X509Certificate portalCertificate) throws IOException {
        this.portalCertificate = portalCertificate;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/mdn", this::receive);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/mdn";
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            if (down.get()) {
                refusedWhileDown.incrementAndGet();
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            try {
                verified.add(parse(exchange, body));
                exchange.sendResponseHeaders(200, -1);
            } catch (Exception e) {
                unreadable.add(e.toString());
                exchange.sendResponseHeaders(400, -1);
            }
        }
    }

    private VerifiedMdn parse(HttpExchange exchange, byte[] body) throws Exception {
        AS2Message message = new AS2Message();
        AS2MessageMDN mdn = new AS2MessageMDN(message);
        exchange.getRequestHeaders().forEach((name, values) -> values.forEach(value -> mdn.headers().addHeader(name, value)));
        mdn.setData(new MimeBodyPart(AS2HttpHelper.getAsInternetHeaders(mdn.headers()), body));
        message.partnership().setForceVerify(true);
        AtomicReference<X509Certificate> signer = new AtomicReference<>();
        try (AS2ResourceHelper resources = new AS2ResourceHelper()) {
            AS2Helper.parseMDN(message, portalCertificate, false, signer::set, resources);
        }
        return new VerifiedMdn(mdn.getHeader(CHttpHeader.AS2_FROM), mdn.getHeader(CHttpHeader.AS2_TO),
                mdn.attrs().getAsString(AS2MessageMDN.MDNA_ORIG_MESSAGEID), mdn.attrs().getAsString(AS2MessageMDN.MDNA_DISPOSITION),
                mdn.attrs().getAsString(AS2MessageMDN.MDNA_MIC), signer.get());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
