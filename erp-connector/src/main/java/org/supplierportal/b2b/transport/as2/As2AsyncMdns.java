package org.supplierportal.b2b.transport.as2;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.b2b.log.AsyncMdnLog;
import org.supplierportal.b2b.log.B2bDocument;
import org.supplierportal.b2b.log.B2bMessageState;
import org.supplierportal.b2b.log.MessageLog;
import org.supplierportal.tenancy.RunsAsSystem;
import org.supplierportal.tenancy.TenantId;

/**
 * Asynchronous MDNs the portal owes its partners. The signed MDN is kept in the message log (QUEUED) together with an
 * event in the same transaction; the event's listener posts it to the partner's URL after the HTTP answer went back.
 * A post the partner's URL does not take (unreachable, or not 2xx) leaves the event incomplete in the publication
 * registry, which hands it over again later (portal.cluster.events-resubmit-after), and the log says why; once the URL
 * takes it, the entry is SENT.
 */
@Service
public class As2AsyncMdns {

    /** An MDN in the message log that still has to reach the partner's URL; {@code what} says which one, for the log. */
    public record MdnDue(UUID logEntry, String url, String what) {
    }

    private static final Logger log = LoggerFactory.getLogger(As2AsyncMdns.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);
    private static final String MDN = "MDN";

    private final AsyncMdnLog mdnLog;
    private final MessageLog messageLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final HttpClient http;

    As2AsyncMdns(AsyncMdnLog mdnLog, MessageLog messageLog, ApplicationEventPublisher events, Clock clock) {
        this.mdnLog = mdnLog;
        this.messageLog = messageLog;
        this.events = events;
        this.clock = clock;
        // HTTP/1.1 as AS2 servers expect, without an h2c upgrade some of them refuse
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT).build();
    }

    /**
     * Records the MDN as QUEUED for the partner's URL, and the event that sends it, in one transaction.
     *
     * @param what which MDN: the disposition, for which document and AS2 message
     */
    @Transactional
    UUID queue(TenantId tenant, String partnerAs2Id, String mdnMessageId, MdnPost mdn, String url, String what) {
        String detail = what + ", to " + url + ": waiting to go out";
        UUID id = mdnLog.queue(tenant, partnerAs2Id, mdnMessageId, mdn.raw(), detail);
        events.publishEvent(new MdnDue(id, url, what));
        return id;
    }

    /** Records an MDN the partner asked for at an address the portal cannot post to; it is not sent. */
    @Transactional
    void refuse(TenantId tenant, String partnerAs2Id, String mdnMessageId, MdnPost mdn, String url, String what) {
        messageLog.record(new B2bDocument(tenant, B2bDocument.OUT, "AS2", MDN, partnerAs2Id, mdnMessageId, null, null,
                mdn.raw()), B2bMessageState.REFUSED, what + ": not sent, the partner asked for it at " + url
                + ", and only http and https addresses can be posted to", null, null);
    }

    /**
     * Posts a queued MDN. Outside a transaction, so why an attempt failed stays in the log although the listener
     * throws (which keeps the event to be handed over again).
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    @RunsAsSystem("AS2 asynchronous MDNs")
    void on(MdnDue due) {
        String raw = mdnLog.queued(due.logEntry()).orElse(null);
        if (raw == null) {
            return; // sent before (the event was handed over again after its post went through)
        }
        MdnPost mdn = MdnPost.fromRaw(raw);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(due.url())).timeout(ANSWER_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(mdn.body()));
        mdn.headers().forEach(request::header);
        String at = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        int status;
        try {
            status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw notTaken(due, at, "no answer (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notTaken(due, at, "interrupted", e);
        }
        if (status / 100 != 2) {
            throw notTaken(due, at, "HTTP " + status, null);
        }
        mdnLog.progress(due.logEntry(), B2bMessageState.SENT, due.what() + ", to " + due.url()
                + ": taken at " + at + " (HTTP " + status + ")");
    }

    private As2DeliveryException notTaken(MdnDue due, String at, String why, Exception cause) {
        mdnLog.progress(due.logEntry(), B2bMessageState.QUEUED, due.what() + ", to " + due.url()
                + ": the attempt at " + at + " failed, " + why + "; it is tried again");
        log.warn("Asynchronous MDN {} not taken by {}: {}", due.logEntry(), due.url(), why);
        return new As2DeliveryException("asynchronous MDN not taken by " + due.url() + ": " + why, cause);
    }
}
