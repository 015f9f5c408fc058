package org.supplierportal.b2b.web;

import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.supplierportal.b2b.cxml.CxmlInbound;

/**
 * Takes a cXML request and answers with the synchronous cXML Response. The HTTP status follows the Response's
 * status code where HTTP has it (200, 400, 401, 403, 406, 409), so proxies and monitoring see refusals too; cXML's
 * own codes (450 Not Implemented) travel with HTTP 400. The body is read up to 1 MB.
 */
// Not part of the REST API's OpenAPI document: cXML partners follow the cXML specification, not our API's manners.
@Hidden
@RestController
class CxmlEndpoint {

    static final String PATH = "/b2b/cxml";
    private static final int MAX_BYTES = 1024 * 1024;
    private static final MediaType CXML = MediaType.parseMediaType("text/xml;charset=UTF-8");

    private final CxmlInbound inbound;

    CxmlEndpoint(CxmlInbound inbound) {
        this.inbound = inbound;
    }

    @PostMapping(PATH)
    ResponseEntity<String> post(HttpServletRequest request) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BYTES + 1);
        }
        if (body.length > MAX_BYTES) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.TEXT_PLAIN)
                    .body("A cXML document may have at most 1 MB\n");
        }
        CxmlInbound.Reply reply = inbound.receive(body);
        HttpStatus status = HttpStatus.resolve(reply.status().code());
        return ResponseEntity.status(status == null ? HttpStatus.BAD_REQUEST : status).contentType(CXML).body(reply.cxml());
    }
}
