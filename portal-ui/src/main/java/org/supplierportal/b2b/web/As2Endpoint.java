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
import org.supplierportal.b2b.transport.as2.As2Receiver;

/**
 * Where partners post AS2 messages. The answer is as2-lib's: a synchronous MDN signed with the portal's key (processed,
 * or processed/error with the reason), sent with HTTP 200 as AS2 expects even for an error MDN.
 */
// Not part of the REST API's OpenAPI document: AS2 partners follow RFC 4130, not our API's manners.
@Hidden
@RestController
class As2Endpoint {

    static final String PATH = "/b2b/as2";

    private final As2Receiver receiver;

    As2Endpoint(As2Receiver receiver) {
        this.receiver = receiver;
    }

    @PostMapping(PATH)
    ResponseEntity<byte[]> post(HttpServletRequest request) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        As2Receiver.As2Reply reply;
        try (InputStream body = request.getInputStream()) {
            reply = receiver.receive(request.getRemoteAddr(), request.getMethod(), request.getRequestURI(), headers, body);
        }
        HttpHeaders answer = new HttpHeaders();
        reply.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) { // the container counts the body itself
                answer.add(name, value);
            }
        });
        return ResponseEntity.status(reply.status()).headers(answer).body(reply.body());
    }
}
