package org.supplierportal.b2b.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.supplierportal.b2b.transport.as2.As2MdnReceiver;
import org.supplierportal.b2b.transport.as2.As2Receiver;
import org.supplierportal.b2b.transport.as2.As2Sender;

/**
 * Where partners post AS2 messages. The answer is as2-lib's: a synchronous MDN signed with the portal's key (processed,
 * or processed/error with the reason), sent with HTTP 200 as AS2 expects even for an error MDN; or an empty HTTP 200
 * when the partner asked for its MDN asynchronously. Partners post the asynchronous MDNs the portal asks for to
 * {@value #MDN_PATH}.
 */
// Not part of the REST API's OpenAPI document: AS2 partners follow RFC 4130, not our API's manners.
@Hidden
@RestController
class As2Endpoint {

    static final String PATH = "/b2b/as2";
    static final String MDN_PATH = As2Sender.MDN_PATH;

    private final As2Receiver receiver;
    private final As2MdnReceiver mdnReceiver;

    As2Endpoint(As2Receiver receiver, As2MdnReceiver mdnReceiver) {
        this.receiver = receiver;
        this.mdnReceiver = mdnReceiver;
    }

    @PostMapping(PATH)
    ResponseEntity<byte[]> post(HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            return answer(receiver.receive(request.getRemoteAddr(), request.getMethod(), request.getRequestURI(),
                    headers(request), body));
        }
    }

    @PostMapping(MDN_PATH)
    ResponseEntity<byte[]> postMdn(HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            return answer(mdnReceiver.receive(headers(request), body));
        }
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }

    private static ResponseEntity<byte[]> answer(As2Receiver.As2Reply reply) {
        HttpHeaders answer = new HttpHeaders();
        reply.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) { // the container counts the body itself
                answer.add(name, value);
            }
        });
        return ResponseEntity.status(reply.status()).headers(answer).body(reply.body());
    }
}
