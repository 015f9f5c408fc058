package org.supplierportal.order;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import tools.jackson.databind.json.JsonMapper;

/** The canonical JSON form of order documents, and its fingerprint for change detection. */
final class OrderDocuments {

    // Empty values are left out: revision documents stay small (most stay below PostgreSQL's 2 kB TOAST threshold).
    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(
                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY))
            .build();

    private OrderDocuments() {
    }

    static String toJson(OrderDocument document) {
        return JSON.writeValueAsString(document);
    }

    static OrderDocument fromJson(String json) {
        return JSON.readValue(json, OrderDocument.class);
    }

    static String fingerprint(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
