package org.supplierportal.b2b.edifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;

/**
 * The message schemas the portal validates against, by type and directory (UNH S009). StAEDI ships only the
 * envelope schemas; these are ours, in {@code b2b/edifact/}. ORDERS, ORDCHG and ORDRSP share one segment table for
 * the subset the portal reads and writes, the same in D.96A and D.01B; DESADV has its own, also for both directories.
 */
final class EdifactSchemas {

    private static final Schema PURCHASE_ORDER_MESSAGES = load("orders-ordrsp.xml");
    private static final Schema DESPATCH_ADVICE = load("desadv.xml");
    private static final Map<String, Schema> SCHEMAS = Map.of(
            "ORDERS:D96A", PURCHASE_ORDER_MESSAGES,
            "ORDERS:D01B", PURCHASE_ORDER_MESSAGES,
            "ORDRSP:D96A", PURCHASE_ORDER_MESSAGES,
            "ORDRSP:D01B", PURCHASE_ORDER_MESSAGES,
            "DESADV:D96A", DESPATCH_ADVICE,
            "DESADV:D01B", DESPATCH_ADVICE,
            "ORDCHG:D96A", PURCHASE_ORDER_MESSAGES,
            "ORDCHG:D01B", PURCHASE_ORDER_MESSAGES,
            "CONTRL:D3", load("contrl.xml"));

    private EdifactSchemas() {
    }

    /** The schema for a message, by UNH 0065 and the directory (0052 and 0054 joined, e.g. D96A). */
    static Optional<Schema> find(String type, String directory) {
        return Optional.ofNullable(SCHEMAS.get(type + ":" + directory));
    }

    private static Schema load(String name) {
        try (InputStream in = EdifactSchemas.class.getResourceAsStream("/b2b/edifact/" + name)) {
            if (in == null) {
                throw new IllegalStateException("EDIFACT schema b2b/edifact/" + name + " is missing from the classpath");
            }
            return SchemaFactory.newFactory().createSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (EDISchemaException e) {
            throw new IllegalStateException("EDIFACT schema " + name + " is not valid: " + e.getMessage(), e);
        }
    }
}
